package org.borderledger.web.reexports;

import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.detail.api.FetchOpenReexportsQuery;
import org.borderledger.detail.api.OpenReexport;
import org.borderledger.web.AccessRecorder;
import org.borderledger.web.security.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The supervisors' list of possible re-exports waiting for a decision, at the posts the supervisor is
 * posted to, oldest declaration first; each links to its consignment, where it is decided. Read from the
 * consignment detail projection, so a rebuild of that projection rebuilds the list.
 */
@Controller
class OpenReexportsController {

    private final QueryGateway queries;
    private final AccessRecorder access;

    OpenReexportsController(QueryGateway queries, AccessRecorder access) {
        this.queries = queries;
        this.access = access;
    }

    @GetMapping("/reexports")
    String open(@AuthenticationPrincipal SignedInUser user, Model model) {
        FetchOpenReexportsQuery query = new FetchOpenReexportsQuery(user.actor().borderPosts());
        List<OpenReexport> rows = queries.query(query, ResponseTypes.multipleInstancesOf(OpenReexport.class)).join();
        model.addAttribute("rows", rows);
        access.searched(user, query, rows.size());
        return "reexports/open";
    }
}
