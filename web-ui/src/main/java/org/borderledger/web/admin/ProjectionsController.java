package org.borderledger.web.admin;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.projection.api.DeadLetterOutcome;
import org.borderledger.projection.api.DeadLetterView;
import org.borderledger.projection.api.EvictDeadLettersCommand;
import org.borderledger.projection.api.FetchDeadLettersQuery;
import org.borderledger.projection.api.FetchProjectionStatusQuery;
import org.borderledger.projection.api.ProjectionStatus;
import org.borderledger.projection.api.RebuildAllProjectionsCommand;
import org.borderledger.projection.api.RebuildProjectionCommand;
import org.borderledger.projection.api.RebuildStart;
import org.borderledger.projection.api.RetryDeadLettersCommand;
import org.borderledger.web.ConsoleCommands;
import org.borderledger.web.ConsoleCommands.CommandOutcome;
import org.borderledger.web.ProblemTexts;
import org.borderledger.web.security.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's view of the projections: each processor's position, a rebuild of one or of all in
 * one pass (asked for on a page of its own) with its progress, and the events each one has parked, to retry or evict. The
 * operator's actions are commands on processors, sent in the administrator's name like any other.
 */
@Controller
class ProjectionsController {

    /** What an action that was not taken (the system unavailable, say) shows as its result. */
    static final String NOT_TAKEN = "NOT_TAKEN";

    private final QueryGateway queries;
    private final ConsoleCommands commands;
    private final MeterRegistry meters;
    private final ProblemTexts texts;

    ProjectionsController(QueryGateway queries, ConsoleCommands commands, MeterRegistry meters, ProblemTexts texts) {
        this.texts = texts;
        this.queries = queries;
        this.commands = commands;
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

    /**
     * The page that asks before a rebuild, saying what it does: the processor's tables emptied and
     * filled again from every event in the store, and the pages that read them behind until then.
     */
    @GetMapping("/admin/projections/{group}/rebuild")
    String confirmRebuild(@PathVariable String group, Model model) {
        ProcessorProgress processor = progress().stream().filter(candidate -> candidate.group().equals(group))
                .findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("confirm", new RebuildConfirmation(group, processor.eventsTotal()));
        return "admin/rebuild";
    }

    /** The same page for every projection at once, filled in one pass that reads each event once for all of them. */
    @GetMapping("/admin/projections/rebuild-all")
    String confirmRebuildAll(Model model) {
        model.addAttribute("confirm", new RebuildConfirmation(null,
                progress().stream().mapToLong(ProcessorProgress::eventsTotal).max().orElse(0)));
        return "admin/rebuild";
    }

    /** A started rebuild leads to its processor's row, where the replay's figures move; a refusal to the message on top. */
    @PostMapping("/admin/projections/{group}/rebuild")
    String rebuild(@PathVariable String group, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        if (!started(new RebuildProjectionCommand(group), group, user, redirect)) {
            return "redirect:/admin/projections";
        }
        redirect.addAttribute("group", group);
        return "redirect:/admin/projections#processor-{group}";
    }

    /** A started rebuild of all leads to the processors' table; a refusal to the message on top. */
    @PostMapping("/admin/projections/rebuild-all")
    String rebuildAll(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        return started(new RebuildAllProjectionsCommand(), null, user, redirect)
                ? "redirect:/admin/projections#processors" : "redirect:/admin/projections";
    }

    /** Sends the rebuild (of the group, or of all when it is null) and leaves its outcome for the page: whether it started. */
    private boolean started(Object command, String group, SignedInUser user, RedirectAttributes redirect) {
        CommandOutcome sent = commands.send(command, user);
        redirect.addFlashAttribute("rebuild", sent.accepted()
                ? new Outcome(group, null, ((RebuildStart) sent.result()).name(), null)
                : new Outcome(group, null, NOT_TAKEN, texts.of(sent, user)));
        return sent.result() == RebuildStart.STARTED;
    }

    @PostMapping("/admin/projections/{group}/dead-letters/{consignmentId}/retry")
    String retry(@PathVariable String group, @PathVariable String consignmentId,
                 @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        return deadLetterOutcome(group, consignmentId, new RetryDeadLettersCommand(group, consignmentId), user, redirect);
    }

    @PostMapping("/admin/projections/{group}/dead-letters/{consignmentId}/evict")
    String evict(@PathVariable String group, @PathVariable String consignmentId,
                 @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        return deadLetterOutcome(group, consignmentId, new EvictDeadLettersCommand(group, consignmentId), user, redirect);
    }

    private String deadLetterOutcome(String group, String consignmentId, Object command, SignedInUser user,
                                     RedirectAttributes redirect) {
        CommandOutcome sent = commands.send(command, user);
        DeadLetterOutcome outcome = sent.accepted() ? (DeadLetterOutcome) sent.result() : null;
        redirect.addFlashAttribute("deadLetter", outcome != null
                ? new Outcome(group, consignmentId, outcome.result().name(), outcome.cause())
                : new Outcome(group, consignmentId, NOT_TAKEN, texts.of(sent, user)));
        return "redirect:/admin/projections";
    }

    private List<ProcessorProgress> progress() {
        return queries.query(new FetchProjectionStatusQuery(), ResponseTypes.multipleInstancesOf(ProjectionStatus.class))
                .join().stream().map(ProcessorProgress::of).toList();
    }

    /**
     * What the page that asks before a rebuild says, of one processor or (the group null) of every one:
     * its messages are those under {@link #messages()}.
     */
    record RebuildConfirmation(String group, long eventsTotal) {

        public String messages() {
            return group == null ? "projections.confirmAll" : "projections.confirm";
        }
    }

    /**
     * What an operator action did, for the flash message: its result code and, when it still fails, the cause; the
     * group is null for a rebuild of all.
     * A flash message waits in the session, which is stored in PostgreSQL: it must be serializable.
     */
    record Outcome(String group, String consignmentId, String result, String cause) implements Serializable {
    }
}
