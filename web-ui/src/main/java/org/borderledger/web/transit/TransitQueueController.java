package org.borderledger.web.transit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.transit.api.FetchHeldTransitsQuery;
import org.borderledger.transit.api.FetchOverdueTransitsQuery;
import org.borderledger.transit.api.FetchTransitsAtPostsQuery;
import org.borderledger.transit.api.TransitMovement;
import org.borderledger.web.AccessRecorder;
import org.borderledger.web.security.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The supervisors' queue of transit movements that need them: those held at arrival (a diversion
 * first, then a seal or vehicle discrepancy, oldest first), those overdue (most overdue first), and
 * those on the road from or to the supervisor's own posts (soonest due first). Each links to the
 * consignment's page, where a hold is decided as any other.
 */
@Controller
class TransitQueueController {

    private final QueryGateway queries;
    private final AccessRecorder access;

    TransitQueueController(QueryGateway queries, AccessRecorder access) {
        this.queries = queries;
        this.access = access;
    }

    /** The queue shown, as the access log records it. */
    record Shown(String queue) {
    }

    /** One overdue movement and how long past its time limit it is at the query. */
    record OverdueRow(TransitMovement movement, long hours, long minutes) {

        static OverdueRow of(TransitMovement movement, Instant now) {
            long late = Math.max(0, Duration.between(movement.timeLimit(), now).toMinutes());
            return new OverdueRow(movement, late / 60, late % 60);
        }
    }

    @GetMapping("/transit")
    String queue(@AuthenticationPrincipal SignedInUser user, Model model) {
        Instant now = Instant.now();
        List<TransitMovement> held = queries.query(new FetchHeldTransitsQuery(user.actor().borderPosts()),
                ResponseTypes.multipleInstancesOf(TransitMovement.class)).join();
        List<TransitMovement> overdue = queries.query(new FetchOverdueTransitsQuery(now, user.actor().borderPosts()),
                ResponseTypes.multipleInstancesOf(TransitMovement.class)).join();
        List<TransitMovement> onTheRoad = queries.query(new FetchTransitsAtPostsQuery(user.actor().borderPosts()),
                ResponseTypes.multipleInstancesOf(TransitMovement.class)).join();
        model.addAttribute("held", held);
        model.addAttribute("onTheRoad", onTheRoad);
        model.addAttribute("overdue", overdue.stream().map(movement -> OverdueRow.of(movement, now)).toList());
        access.searched(user, new Shown("transit"), held.size() + overdue.size() + onTheRoad.size());
        return "transit/queue";
    }
}
