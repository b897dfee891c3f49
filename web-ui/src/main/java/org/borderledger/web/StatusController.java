package org.borderledger.web;

import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.audit.api.EventStoreOverview;
import org.borderledger.audit.api.FetchEventStoreOverviewQuery;
import org.borderledger.screening.ScreeningService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page: what the system holds and whether it is healthy. */
@Controller
class StatusController {

    private final QueryGateway queries;
    private final ScreeningService screening;

    StatusController(QueryGateway queries, ScreeningService screening) {
        this.queries = queries;
        this.screening = screening;
    }

    @GetMapping("/")
    String status(Model model) {
        model.addAttribute("overview", queries.query(new FetchEventStoreOverviewQuery(), EventStoreOverview.class).join());
        model.addAttribute("listVersion", screening.versionInForce());
        return "status";
    }
}
