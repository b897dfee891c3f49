package org.borderledger.web.consignments;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.consignment.api.InvalidValueException;
import org.borderledger.detail.api.ConsignmentDetail;
import org.borderledger.detail.api.ConsignmentTimeline;
import org.borderledger.detail.api.FetchConsignmentDetailQuery;
import org.borderledger.detail.api.FetchConsignmentTimelineQuery;
import org.borderledger.web.AccessRecorder;
import org.borderledger.web.ConsoleCommands;
import org.borderledger.web.DetailCatchUp;
import org.borderledger.web.PeopleNames;
import org.borderledger.web.ProblemTexts;
import org.borderledger.web.ShownTime;
import org.borderledger.web.StoredConsignments;
import org.borderledger.web.ConsoleCommands.CommandOutcome;
import org.borderledger.web.consignments.DetailPage.Refusal;
import org.borderledger.web.consignments.DetailPage.Stale;
import org.borderledger.web.security.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The detail page of one consignment and its actions. An accepted action redirects back with a
 * message (so a reload does not send it twice), once the page can show its result; a refused one shows the page again with the
 * message next to its form and what was typed: 409 when the page was stale, 422 for a rule or a
 * value, 503 when the system could not take it.
 */
@Controller
class ConsignmentDetailController {

    private final QueryGateway queries;
    private final ConsoleCommands commands;
    private final DetailCatchUp catchUp;
    private final StoredConsignments stored;
    private final PeopleNames people;
    private final AccessRecorder access;
    private final ProblemTexts texts;

    ConsignmentDetailController(QueryGateway queries, ConsoleCommands commands, DetailCatchUp catchUp,
                                StoredConsignments stored, PeopleNames people, AccessRecorder access, ProblemTexts texts) {
        this.texts = texts;
        this.queries = queries;
        this.access = access;
        this.commands = commands;
        this.stored = stored;
        this.catchUp = catchUp;
        this.people = people;
    }

    @GetMapping("/consignments/{id}")
    String detail(@PathVariable String id, @AuthenticationPrincipal SignedInUser user, Model model) {
        String page = show(id, user, model, null);
        access.viewed(user, id);
        return page;
    }

    /** Every action posts to {@code /consignments/{id}/<action>}: see {@link ActionForm#action()}. */
    @PostMapping("/consignments/{id}/{action}")
    String act(@PathVariable String id, @PathVariable String action, @RequestParam Map<String, String> typed,
               @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect,
               HttpServletResponse response) {
        ActionForm form = ActionForm.of(action, typed).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Object command;
        try {
            command = form.command(id);
        } catch (InvalidValueException invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return show(id, user, model, new Refusal(form, null, Map.of(invalid.field(), texts.of(invalid)), null));
        }
        CommandOutcome outcome = commands.send(command, user);
        if (outcome.accepted()) {
            catchUp.awaitStored(id);
            redirect.addFlashAttribute("done", "consignments.done." + form.action());
            return "redirect:/consignments/" + id;
        }
        if (outcome.staleVersion()) {
            response.setStatus(HttpStatus.CONFLICT.value());
            Map<String, String> facts = outcome.details();
            Stale stale = new Stale(people.of(facts.get("changedBy")),
                    Instant.parse(facts.get("changedAt")), facts.get("currentVersion"));
            return show(id, user, model, new Refusal(form, texts.of(outcome, user), Map.of(), stale));
        }
        response.setStatus(outcome.unavailable() ? HttpStatus.SERVICE_UNAVAILABLE.value() : HttpStatus.UNPROCESSABLE_ENTITY.value());
        return show(id, user, model, new Refusal(form, texts.of(outcome, user), Map.of(), null));
    }

    private String show(String id, SignedInUser user, Model model, Refusal refusal) {
        ConsignmentDetail detail = queries.query(new FetchConsignmentDetailQuery(id),
                ResponseTypes.optionalInstanceOf(ConsignmentDetail.class)).join().orElse(null);
        if (detail == null) {
            return pending(id, model);
        }
        ConsignmentTimeline timeline = queries.query(new FetchConsignmentTimelineQuery(id),
                ResponseTypes.instanceOf(ConsignmentTimeline.class)).join();
        model.addAttribute("page", DetailPage.of(detail, timeline.entries().stream().map(e -> TimelineRow.of(e, people)).toList(),
                user.actor(), people, refusal, ShownTime.atPost(user.getBorderPost())));
        return "consignments/detail";
    }

    /**
     * A consignment whose events are stored but not projected yet (a moment after its declaration, or
     * while a rebuild runs) gets a page that fills itself in when the projection catches up; only an
     * id without any event is unknown.
     */
    private String pending(String id, Model model) {
        if (!stored.exists(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("consignmentId", id);
        return "consignments/pending";
    }
}
