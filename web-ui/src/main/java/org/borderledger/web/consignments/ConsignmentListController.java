package org.borderledger.web.consignments;

import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.consignment.api.Channel;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.summary.api.ConsignmentSummaryPage;
import org.borderledger.summary.api.SummarySort;
import org.borderledger.web.AccessRecorder;
import org.borderledger.web.security.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The consignment list: search, filters, sort and page from the URL. An officer sees their own
 * border post until they ask for all posts; a bad filter is explained on the page and nothing is
 * asked of the projection.
 */
@Controller
class ConsignmentListController {

    private final QueryGateway queries;
    private final AccessRecorder access;

    ConsignmentListController(QueryGateway queries, AccessRecorder access) {
        this.queries = queries;
        this.access = access;
    }

    @GetMapping("/consignments")
    String list(ConsignmentFilter typed, @AuthenticationPrincipal SignedInUser user, Model model) {
        ConsignmentFilter filter = typed.withDefaultPost(user.getBorderPost());
        Map<String, String> problems = filter.check();
        model.addAttribute("filter", filter);
        model.addAttribute("problems", problems);
        model.addAttribute("statuses", ConsignmentStatus.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("columns", SummarySort.values());
        if (problems.isEmpty()) {
            ConsignmentSummaryPage page = queries.query(filter.query(), ResponseTypes.instanceOf(ConsignmentSummaryPage.class)).join();
            model.addAttribute("results", new ResultPage(page, filter.pageNumber()));
            access.searched(user, filter, page.items().size());
        }
        return "consignments/list";
    }

    /** One page of rows with its place in the whole: "first–last of total", previous and next. */
    public record ResultPage(ConsignmentSummaryPage page, int number) {

        public long first() {
            return page.items().isEmpty() ? 0 : (long) (number - 1) * ConsignmentFilter.PAGE_SIZE + 1;
        }

        public long last() {
            return (long) (number - 1) * ConsignmentFilter.PAGE_SIZE + page.items().size();
        }

        public boolean hasPrevious() {
            return number > 1;
        }

        public boolean hasNext() {
            return last() < page.total();
        }
    }
}
