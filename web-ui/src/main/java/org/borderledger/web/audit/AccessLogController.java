package org.borderledger.web.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.access.api.AccessAction;
import org.borderledger.access.api.AccessEntry;
import org.borderledger.access.api.AccessLogExport;
import org.borderledger.access.api.AccessLogPage;
import org.borderledger.access.api.SearchAccessLogQuery;
import org.borderledger.web.AccessRecorder;
import org.borderledger.web.security.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Who looked at what, for the auditor: the access log searched by user, action, consignment and time,
 * and the filtered log as a CSV file. Both are accesses themselves and are recorded like any other.
 */
@Controller
class AccessLogController {

    private final QueryGateway queries;
    private final AccessLogExport export;
    private final AccessRecorder access;

    AccessLogController(QueryGateway queries, AccessLogExport export, AccessRecorder access) {
        this.queries = queries;
        this.export = export;
        this.access = access;
    }

    @GetMapping("/audit/access")
    String log(@ModelAttribute("filter") AccessLogFilter filter, @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("actions", AccessAction.values());
        model.addAttribute("entries", List.of());
        model.addAttribute("hasNext", false);
        if (!filter.knownAction()) {
            model.addAttribute("unknownAction", filter.action());
            return "audit/access";
        }
        try {
            AccessLogPage page = search(filter.shownPage());
            model.addAttribute("entries", page.entries());
            model.addAttribute("hasNext", page.hasMore());
            access.searched(user, filter, page.entries().size());
        } catch (IllegalArgumentException invalid) {
            model.addAttribute("invalid", FilterProblem.of(invalid));
        }
        return "audit/access";
    }

    /** Every entry the filters select, page by page, so the file holds the whole filtered log. */
    @GetMapping("/audit/access/export.csv")
    void export(@ModelAttribute AccessLogFilter filter, @AuthenticationPrincipal SignedInUser user,
                HttpServletResponse response) throws IOException {
        List<AccessEntry> entries = new ArrayList<>();
        try {
            AccessLogPage page;
            do {
                page = search(filter.query(entries.size(), SearchAccessLogQuery.MAX_LIMIT));
                entries.addAll(page.entries());
            } while (page.hasMore());
        } catch (IllegalArgumentException invalid) {
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        export.writeCsv(entries, CsvFile.start(response, "access-log.csv"));
        access.exported(user, "access-log.csv", filter, entries.size());
    }

    private AccessLogPage search(SearchAccessLogQuery query) {
        return queries.query(query, AccessLogPage.class).join();
    }
}
