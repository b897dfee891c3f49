package org.borderledger.web.dashboard;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.actor.Role;
import org.borderledger.audit.api.EventStoreOverview;
import org.borderledger.audit.api.FetchEventStoreOverviewQuery;
import org.borderledger.holds.api.FetchHeldGoodsQuery;
import org.borderledger.holds.api.HeldGoods;
import org.borderledger.holds.api.HeldGoodsPage;
import org.borderledger.screening.ScreeningService;
import org.borderledger.statistics.api.Statistics;
import org.borderledger.summary.api.FetchWorkListQuery;
import org.borderledger.summary.api.WorkList;
import org.borderledger.web.security.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The front page, by role: officers and supervisors see their post's work list, the holds waiting
 * and the post's last 30 days; auditors the statistics of every post; everyone the system facts.
 */
@Controller
class DashboardController {

    /** The oldest consignments shown per work-list stage; the full lists are on the consignments page. */
    static final int OLDEST_PER_STAGE = 5;

    private final QueryGateway queries;
    private final ScreeningService screening;

    DashboardController(QueryGateway queries, ScreeningService screening) {
        this.queries = queries;
        this.screening = screening;
    }

    @GetMapping("/")
    String dashboard(@AuthenticationPrincipal SignedInUser user, Model model) {
        Role role = Role.valueOf(user.getRole());
        boolean atAPost = role == Role.OFFICER || role == Role.SUPERVISOR;
        if (atAPost) {
            model.addAttribute("workList", queries.query(
                    new FetchWorkListQuery(user.getBorderPost(), 0, OLDEST_PER_STAGE), WorkList.class).join());
            model.addAttribute("holdsWaiting", holdsWaiting(user));
        }
        if (atAPost || role == Role.AUDITOR) {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            String borderPost = atAPost ? user.getBorderPost() : null;
            Statistics statistics = queries.query(LastThirtyDays.query(borderPost, today), Statistics.class).join();
            model.addAttribute("statistics", LastThirtyDays.of(statistics, today));
        }
        model.addAttribute("overview", queries.query(new FetchEventStoreOverviewQuery(), EventStoreOverview.class).join());
        model.addAttribute("listVersion", screening.versionInForce());
        return "dashboard";
    }

    /** Reads the post's queue page by page: the number this supervisor may decide needs every hold. */
    private HoldsWaiting holdsWaiting(SignedInUser user) {
        long mayDecide = 0;
        int offset = 0;
        HeldGoodsPage page;
        do {
            page = queries.query(new FetchHeldGoodsQuery(user.getUsername(), user.getBorderPost(), null, null, null,
                    false, offset, FetchHeldGoodsQuery.MAX_LIMIT), HeldGoodsPage.class).join();
            mayDecide += page.items().stream().filter(HeldGoods::mayDecide).count();
            offset += page.items().size();
        } while (!page.items().isEmpty() && offset < page.total());
        return new HoldsWaiting(page.total(), mayDecide);
    }
}
