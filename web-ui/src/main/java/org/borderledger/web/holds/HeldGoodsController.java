package org.borderledger.web.holds;

import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.consignment.api.DecisionReason;
import org.borderledger.consignment.api.FourEyes;
import org.borderledger.consignment.api.HoldDecision;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.InvalidValueException;
import org.borderledger.consignment.api.RejectionCode;
import org.borderledger.consignment.api.ReviewHoldCommand;
import org.borderledger.detail.api.ConsignmentDetail;
import org.borderledger.detail.api.FetchConsignmentDetailQuery;
import org.borderledger.holds.api.HeldGoodsPage;
import org.borderledger.holds.api.HeldGoodsSort;
import org.borderledger.web.AccessRecorder;
import org.borderledger.web.ConsoleCommands;
import org.borderledger.web.DetailCatchUp;
import org.borderledger.web.ConsoleCommands.CommandOutcome;
import org.borderledger.web.HoldDecisionSentence;
import org.borderledger.web.PeopleNames;
import org.borderledger.web.Sentence;
import org.borderledger.web.ProblemTexts;
import org.borderledger.web.ShownTime;
import org.borderledger.web.security.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supervisors' held-goods queue and the review of one hold. Four eyes is the domain's rule; the
 * page shows it in advance (no review link on one's own holds) so nobody fills in a form in vain.
 */
@Controller
class HeldGoodsController {

    private final QueryGateway queries;
    private final ConsoleCommands commands;
    private final AccessRecorder access;
    private final ProblemTexts texts;
    private final DetailCatchUp catchUp;
    private final PeopleNames people;

    HeldGoodsController(QueryGateway queries, ConsoleCommands commands, AccessRecorder access, ProblemTexts texts,
                        DetailCatchUp catchUp, PeopleNames people) {
        this.catchUp = catchUp;
        this.people = people;
        this.queries = queries;
        this.commands = commands;
        this.access = access;
        this.texts = texts;
    }

    @GetMapping("/holds")
    String queue(@ModelAttribute("filter") QueueFilter filter, @AuthenticationPrincipal SignedInUser user, Model model) {
        HeldGoodsPage page = queries.query(filter.query(user.getUsername()), HeldGoodsPage.class).join();
        model.addAttribute("rows", page.items().stream().map(hold -> QueueRow.of(hold, people)).toList());
        model.addAttribute("total", page.total());
        model.addAttribute("hasNext", (long) (filter.page() + 1) * QueueFilter.PAGE_SIZE < page.total());
        model.addAttribute("reasons", HoldReason.values());
        model.addAttribute("sorts", HeldGoodsSort.values());
        access.searched(user, filter, page.items().size());
        return "holds/queue";
    }

    /**
     * The review page; once a decision is chosen ({@code decision}), the form for it offers only the
     * reasons that fit it and asks for an agency only when referring. The version is the one the page
     * first showed, carried over the choice of decision, so a change in between is still noticed.
     */
    @GetMapping("/holds/{consignmentId}/{holdId}")
    String reviewForm(@PathVariable String consignmentId, @PathVariable String holdId,
                      @RequestParam(required = false) String decision, @RequestParam(required = false) Long expectedVersion,
                      @AuthenticationPrincipal SignedInUser user, Model model) {
        ConsignmentDetail detail = detail(consignmentId);
        HoldReviewForm form = new HoldReviewForm(decision, null, "", "",
                expectedVersion == null ? detail.version() : expectedVersion);
        if (decision != null && form.decisionCode() == null) {
            // "Continue" without a decision: said on the page, as the command would say it, not by the browser.
            model.addAttribute("invalid", new FieldProblem("decision",
                    texts.of(InvalidValueException.required("decision", "Decision"))));
        }
        String page = reviewPage(detail, holdId, form, user, model);
        access.viewed(user, consignmentId);
        return page;
    }

    @PostMapping("/holds/{consignmentId}/{holdId}")
    String review(@PathVariable String consignmentId, @PathVariable String holdId,
                  @ModelAttribute HoldReviewForm form, @AuthenticationPrincipal SignedInUser user, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        ReviewHoldCommand command;
        try {
            command = new ReviewHoldCommand(consignmentId, form.versionSeen(), holdId, form.decisionCode(),
                    form.reasonCode(), form.text(), form.referredAgency());
        } catch (InvalidValueException invalid) {
            model.addAttribute("invalid", new FieldProblem(invalid.field(), texts.of(invalid)));
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return reviewPage(detail(consignmentId), holdId, form, user, model);
        }
        CommandOutcome outcome = commands.send(command, user);
        if (outcome.accepted()) {
            catchUp.awaitHoldBeyond(consignmentId, holdId, form.versionSeen());
            redirect.addFlashAttribute("decided", new Decided(holdId, detail(consignmentId).declaration().reference(),
                    command.decision()));
            return "redirect:/holds";
        }
        if (outcome.refusal() == RejectionCode.REASON_DOES_NOT_FIT_DECISION) {
            model.addAttribute("invalid", new FieldProblem("reason", texts.of(outcome, user)));
        } else {
            model.addAttribute("outcome", outcome);
            model.addAttribute("refusal", texts.of(outcome, user));
            if (outcome.staleVersion()) {
                model.addAttribute("stale", new StaleReview(people.of(outcome.details().get("changedBy")),
                        Instant.parse(outcome.details().get("changedAt"))));
            }
        }
        response.setStatus(outcome.staleVersion() ? HttpStatus.CONFLICT.value()
                : outcome.unavailable() ? HttpStatus.SERVICE_UNAVAILABLE.value() : HttpStatus.UNPROCESSABLE_ENTITY.value());
        return reviewPage(detail(consignmentId), holdId, form, user, model);
    }

    private String reviewPage(ConsignmentDetail detail, String holdId, HoldReviewForm form, SignedInUser user,
                              Model model) {
        ConsignmentDetail.Hold hold = detail.holds().stream().filter(candidate -> candidate.holdId().equals(holdId))
                .findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("detail", detail);
        model.addAttribute("hold", hold);
        boolean atAnotherPost = !user.actor().mayActAt(detail.postInCharge());
        model.addAttribute("atAnotherPost", atAnotherPost);
        model.addAttribute("holdText", Sentence.holdText(hold, detail, people::of));
        model.addAttribute("mayDecide", !atAnotherPost && FourEyes.mayDecide(user.getUsername(), hold.placedBy()));
        model.addAttribute("placedByName", people.of(hold.placedBy()));
        model.addAttribute("alreadyDecided", decided(hold));
        model.addAttribute("hits", hold.automatic() ? automaticHoldHits(detail) : List.of());
        model.addAttribute("form", form);
        model.addAttribute("decisions", HoldDecision.values());
        model.addAttribute("decisionReasons", form.decisionCode() == null ? List.of() : DecisionReason.fitting(form.decisionCode()));
        model.addAttribute("earlierDecisions", hold.reviews().stream()
                .map(review -> HoldDecisionSentence.of(review, people::of, ShownTime.atPost(user.getBorderPost()))).toList());
        return "holds/review";
    }

    /** Whether a decision ended the hold; a referral keeps it open for another review. */
    private static boolean decided(ConsignmentDetail.Hold hold) {
        return !hold.reviews().isEmpty() && hold.reviews().get(hold.reviews().size() - 1).decision() != HoldDecision.REFER;
    }

    /** The hits that call for a hold, from every screening, since a rescreening may have placed it. */
    private static List<ScreeningHitView> automaticHoldHits(ConsignmentDetail detail) {
        return detail.screenings().stream().flatMap(screening -> screening.hits().stream())
                .filter(hit -> hit.requiresHold()).map(ScreeningHitView::of).distinct().toList();
    }

    private ConsignmentDetail detail(String consignmentId) {
        return queries.query(new FetchConsignmentDetailQuery(consignmentId),
                        ResponseTypes.optionalInstanceOf(ConsignmentDetail.class)).join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** A value the domain refused, named by its field so the form shows the message next to it. */
    /** Who changed the consignment after the review page was opened, by name, and when. */
    record StaleReview(String changedBy, Instant changedAt) {
    }

    record FieldProblem(String field, String message) {
    }

    /** What the queue says after a decision was taken; a flash message, kept in the stored session. */
    record Decided(String holdId, String reference, HoldDecision decision) implements Serializable {
    }
}
