package org.borderledger.web.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.actor.api.Role;
import org.borderledger.audit.api.EventStoreOverview;
import org.borderledger.audit.api.FetchEventStoreOverviewQuery;
import org.borderledger.circumvention.api.CircumventionCounts;
import org.borderledger.circumvention.api.FetchCircumventionCountsQuery;
import org.borderledger.holds.api.FetchHeldGoodsQuery;
import org.borderledger.holds.api.HeldGoodsPage;
import org.borderledger.screening.api.FetchScreeningListStatusQuery;
import org.borderledger.screening.api.ScreeningListStatus;
import org.borderledger.statistics.api.Statistics;
import org.borderledger.summary.api.FetchWorkListQuery;
import org.borderledger.summary.api.WorkList;
import org.borderledger.web.AccessRecorder;
import org.borderledger.web.security.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The front page, by role: officers and supervisors see their post's work list, the holds waiting,
 * the open circumvention hits at their posts and the post's last 30 days; auditors the circumvention
 * hits and the statistics of every post; everyone the system facts.
 */
@Controller
class DashboardController {

    /** The oldest consignments shown per work-list stage; the full lists are on the consignments page. */
    static final int OLDEST_PER_STAGE = 5;

    private final QueryGateway queries;
    private final AccessRecorder access;

    DashboardController(QueryGateway queries, AccessRecorder access) {
        this.queries = queries;
        this.access = access;
    }

    /** What the work list of the user's posts searches for, as the access log records it ("Kurmangazy, Syrym"). */
    record WorkListCriteria(String workList, String borderPosts) {
    }

    @GetMapping("/")
    String dashboard(@AuthenticationPrincipal SignedInUser user, Model model) {
        Role role = user.getRole();
        boolean atAPost = role.includes(Role.OFFICER);
        if (atAPost) {
            WorkList workList = queries.query(new FetchWorkListQuery(user.getBorderPosts(), 0, OLDEST_PER_STAGE),
                    WorkList.class).join();
            model.addAttribute("workList", workList);
            access.searched(user, new WorkListCriteria("oldest per stage", String.join(", ", user.getBorderPosts())),
                    workList.groups().stream().mapToInt(group -> group.items().size()).sum());
            model.addAttribute("holdsWaiting", holdsWaiting(user));
        }
        if (atAPost || role == Role.AUDITOR) {
            // An auditor oversees every post: the empty list asks for all of them.
            List<String> posts = atAPost ? user.getBorderPosts() : List.of();
            model.addAttribute("circumvention", queries.query(new FetchCircumventionCountsQuery(posts, Instant.now()),
                    CircumventionCounts.class).join());
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            String borderPost = atAPost ? user.getBorderPost() : null;
            Statistics statistics = queries.query(LastThirtyDays.query(borderPost, today), Statistics.class).join();
            model.addAttribute("statistics", LastThirtyDays.of(statistics, today));
        }
        model.addAttribute("overview", queries.query(new FetchEventStoreOverviewQuery(), EventStoreOverview.class).join());
        model.addAttribute("listVersion", listVersion());
        return "dashboard";
    }

    /** The version in force, or why there is none to screen against. */
    private String listVersion() {
        ScreeningListStatus status = queries.query(new FetchScreeningListStatusQuery(), ScreeningListStatus.class).join();
        return status.stopped() ? status.refusal() : status.versionInForce();
    }

    /** The post's queue counted in SQL: all its holds, and those this supervisor may decide. */
    private HoldsWaiting holdsWaiting(SignedInUser user) {
        HeldGoodsPage page = queries.query(new FetchHeldGoodsQuery(user.getUsername(), user.getBorderPost(), null, null,
                null, false, 0, 1), HeldGoodsPage.class).join();
        return new HoldsWaiting(page.total(), page.mayDecide());
    }
}
