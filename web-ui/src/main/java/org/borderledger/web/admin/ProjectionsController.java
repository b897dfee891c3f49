package org.borderledger.web.admin;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.projection.DeadLetters;
import org.borderledger.projection.ProjectionRebuild;
import org.borderledger.projection.api.DeadLetterOutcome;
import org.borderledger.projection.api.DeadLetterView;
import org.borderledger.projection.api.FetchDeadLettersQuery;
import org.borderledger.projection.api.FetchProjectionStatusQuery;
import org.borderledger.projection.api.ProjectionStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's view of the projections: each processor's position, a rebuild with its
 * progress, and the events each one has parked, to retry or evict. Operator actions, not commands on
 * consignments, so they go to the projection services directly.
 */
@Controller
class ProjectionsController {

    private final QueryGateway queries;
    private final ProjectionRebuild rebuild;
    private final DeadLetters deadLetters;
    private final MeterRegistry meters;

    ProjectionsController(QueryGateway queries, ProjectionRebuild rebuild, DeadLetters deadLetters, MeterRegistry meters) {
        this.queries = queries;
        this.rebuild = rebuild;
        this.deadLetters = deadLetters;
        this.meters = meters;
    }

    @GetMapping("/admin/projections")
    String page(Model model) {
        List<ProcessorProgress> processors = progress();
        model.addAttribute("processors", processors);
        Map<String, List<DeadLetterView>> parked = processors.stream().collect(Collectors.toMap(ProcessorProgress::group,
                processor -> queries.query(new FetchDeadLettersQuery(processor.group()),
                        ResponseTypes.multipleInstancesOf(DeadLetterView.class)).join()));
        model.addAttribute("deadLetters", parked);
        model.addAttribute("anyDeadLetters", parked.values().stream().anyMatch(letters -> !letters.isEmpty()));
        model.addAttribute("accessLogFailures", AccessLogFailure.counted(meters));
        return "admin/projections";
    }

    /** The numbers of the page, polled once a second by {@code js/projections.js} while the page is open. */
    @GetMapping("/admin/projections/status")
    @ResponseBody
    List<ProcessorProgress> status() {
        return progress();
    }

    @PostMapping("/admin/projections/{group}/rebuild")
    String rebuild(@PathVariable String group, RedirectAttributes redirect) {
        redirect.addFlashAttribute("rebuild", new Outcome(group, null, rebuild.rebuild(group).name(), null));
        return "redirect:/admin/projections";
    }

    @PostMapping("/admin/projections/{group}/dead-letters/{consignmentId}/retry")
    String retry(@PathVariable String group, @PathVariable String consignmentId, RedirectAttributes redirect) {
        return deadLetterOutcome(group, consignmentId, deadLetters::retry, redirect);
    }

    @PostMapping("/admin/projections/{group}/dead-letters/{consignmentId}/evict")
    String evict(@PathVariable String group, @PathVariable String consignmentId, RedirectAttributes redirect) {
        return deadLetterOutcome(group, consignmentId, deadLetters::evict, redirect);
    }

    private String deadLetterOutcome(String group, String consignmentId,
                                     BiFunction<String, String, DeadLetterOutcome> action,
                                     RedirectAttributes redirect) {
        DeadLetterOutcome outcome = action.apply(group, consignmentId);
        redirect.addFlashAttribute("deadLetter", new Outcome(group, consignmentId, outcome.result().name(), outcome.cause()));
        return "redirect:/admin/projections";
    }

    private List<ProcessorProgress> progress() {
        return queries.query(new FetchProjectionStatusQuery(), ResponseTypes.multipleInstancesOf(ProjectionStatus.class))
                .join().stream().map(ProcessorProgress::of).toList();
    }

    /**
     * What an operator action did, for the flash message: its result code and, when it still fails, the cause.
     * A flash message waits in the session, which is stored in PostgreSQL: it must be serializable.
     */
    record Outcome(String group, String consignmentId, String result, String cause) implements Serializable {
    }
}
