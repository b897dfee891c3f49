package org.borderledger.web.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.audit.api.ConsignmentHistory;
import org.borderledger.audit.api.FetchConsignmentHistoryQuery;
import org.borderledger.audit.api.StoredEvent;
import org.borderledger.detail.api.ConsignmentAsOf;
import org.borderledger.detail.api.ConsignmentDetail;
import org.borderledger.detail.api.FetchConsignmentAsOfQuery;
import org.borderledger.web.AccessRecorder;
import org.borderledger.web.Sentence;
import org.borderledger.web.security.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** One consignment for the auditor: its whole event history, the files to take away, and its state as of an instant. */
@Controller
class ConsignmentAuditController {

    private final QueryGateway queries;
    private final AuditDownload download;
    private final AccessRecorder access;

    ConsignmentAuditController(QueryGateway queries, AuditDownload download, AccessRecorder access) {
        this.queries = queries;
        this.download = download;
        this.access = access;
    }

    @GetMapping("/audit/consignments/{id}")
    String history(@PathVariable String id, @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("consignmentId", id);
        model.addAttribute("events", history(id).stream().map(EventView::of).toList());
        access.viewed(user, id);
        return "audit/history";
    }

    @GetMapping("/audit/consignments/{id}/history.{format:csv|json}")
    void export(@PathVariable String id, @PathVariable String format, @AuthenticationPrincipal SignedInUser user,
                HttpServletResponse response) throws IOException {
        List<StoredEvent> events = history(id);
        download.send(events, format, "history-" + id, response);
        access.exported(user, id, "history." + format, events.size());
    }

    @GetMapping("/audit/consignments/{id}/as-of")
    String asOf(@PathVariable String id, @RequestParam(required = false) String at,
                @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("consignmentId", id);
        model.addAttribute("at", at);
        model.addAttribute("events", history(id).stream().map(EventView::of).toList());
        try {
            Instant instant = UtcInstants.parse("at", at);
            if (instant != null) {
                model.addAttribute("instant", instant);
                ConsignmentAsOf state = queries.query(new FetchConsignmentAsOfQuery(id, instant),
                        ResponseTypes.optionalInstanceOf(ConsignmentAsOf.class)).join().orElse(null);
                model.addAttribute("state", state);
                if (state != null) {
                    // The auditor's pages name people by user id, as the events record them.
                    model.addAttribute("holdTexts", state.detail().holds().stream().collect(Collectors.toMap(
                            ConsignmentDetail.Hold::holdId, hold -> Sentence.holdText(hold, state.detail(), userId -> userId))));
                }
            }
        } catch (UtcInstants.InvalidFilter invalid) {
            model.addAttribute("invalid", FilterProblem.of(invalid));
        }
        access.viewed(user, id);
        return "audit/as-of";
    }

    private List<StoredEvent> history(String id) {
        return queries.query(new FetchConsignmentHistoryQuery(id), ConsignmentHistory.class).join().events();
    }
}
