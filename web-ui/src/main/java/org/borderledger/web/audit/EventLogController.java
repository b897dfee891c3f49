package org.borderledger.web.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.audit.api.EventLogPage;
import org.borderledger.audit.api.SearchEventLogQuery;
import org.borderledger.audit.api.StoredEvent;
import org.borderledger.web.AccessRecorder;
import org.borderledger.web.security.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** The global event log with its filters, and the filtered log as a file. */
@Controller
class EventLogController {

    private final QueryGateway queries;
    private final AuditDownload download;
    private final AccessRecorder access;
    private final ConsignmentLookup lookup;

    EventLogController(QueryGateway queries, AuditDownload download, AccessRecorder access, ConsignmentLookup lookup) {
        this.queries = queries;
        this.lookup = lookup;
        this.download = download;
        this.access = access;
    }

    @GetMapping("/audit/events")
    String log(@ModelAttribute("filter") EventLogFilter filter, @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("eventTypes", AuditedEventTypes.ALL);
        ConsignmentLookup.Found found = lookup.find(filter.consignment());
        model.addAttribute("found", found);
        if (found != null && found.consignmentId() == null) {
            // Unknown, or a reference several declarants used: nothing is searched until one consignment is named.
            model.addAttribute("events", List.of());
            model.addAttribute("hasNext", false);
            return "audit/events";
        }
        try {
            EventLogPage page = search(filter.shownPage(found == null ? null : found.consignmentId()));
            model.addAttribute("events", page.events().stream().map(EventView::of).toList());
            model.addAttribute("hasNext", page.hasMore());
            access.searched(user, filter, page.events().size());
        } catch (IllegalArgumentException invalid) {
            model.addAttribute("invalid", FilterProblem.of(invalid));
            model.addAttribute("events", List.of());
            model.addAttribute("hasNext", false);
        }
        return "audit/events";
    }

    /** Every event the filters select, page by page, so the file holds the whole filtered log. */
    @GetMapping("/audit/events/export.{format:csv|json}")
    void export(@ModelAttribute EventLogFilter filter, @PathVariable String format,
                @AuthenticationPrincipal SignedInUser user, HttpServletResponse response) throws IOException {
        ConsignmentLookup.Found found = lookup.find(filter.consignment());
        if (found != null && found.consignmentId() == null) {
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        List<StoredEvent> events = new ArrayList<>();
        try {
            EventLogPage page;
            do {
                page = search(filter.query(found == null ? null : found.consignmentId(), events.size(), SearchEventLogQuery.MAX_LIMIT));
                events.addAll(page.events());
            } while (page.hasMore());
        } catch (IllegalArgumentException invalid) {
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        download.send(events, format, "event-log", response);
        access.exported(user, "event-log." + format, filter, events.size());
    }

    private EventLogPage search(SearchEventLogQuery query) {
        return queries.query(query, EventLogPage.class).join();
    }
}
