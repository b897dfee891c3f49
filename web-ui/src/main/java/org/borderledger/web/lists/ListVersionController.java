package org.borderledger.web.lists;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.rescreening.api.FetchRescreeningOutcomesQuery;
import org.borderledger.rescreening.api.FetchRescreeningProgressQuery;
import org.borderledger.rescreening.api.RescreeningOutcome;
import org.borderledger.rescreening.api.RescreeningProgress;
import org.borderledger.screening.api.CompareScreeningListVersionsQuery;
import org.borderledger.screening.api.FetchScreeningListPublicationsQuery;
import org.borderledger.screening.api.ScreeningListDiff;
import org.borderledger.screening.api.ScreeningListPublication;
import org.borderledger.screening.api.ScreeningListPublishedEvent;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * One published version of the screening lists as administrators and auditors review it: what it
 * changed in the lists against the version before, the re-screening of the open consignments with its
 * progress (refreshed live), and the consignments whose outcome it changed. And the difference
 * between any two versions.
 */
@Controller
class ListVersionController {

    private final QueryGateway queries;

    ListVersionController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/admin/screening-lists/{version}")
    String version(@PathVariable String version, Model model) {
        ScreeningListPublishedEvent publication = publications().stream()
                .filter(published -> published.version().equals(version)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("publication", publication);
        model.addAttribute("diff", Optional.ofNullable(publication.previousVersion())
                .flatMap(previous -> compare(previous, version)).orElse(null));
        model.addAttribute("progress", queries.query(new FetchRescreeningProgressQuery(version),
                ResponseTypes.optionalInstanceOf(RescreeningProgress.class)).join().orElse(null));
        model.addAttribute("outcomes", queries.query(new FetchRescreeningOutcomesQuery(version),
                ResponseTypes.multipleInstancesOf(RescreeningOutcome.class)).join().stream().map(OutcomeRow::of).toList());
        return "lists/version";
    }

    /**
     * Two versions side by side. Without both, the form alone; a version that was never published is
     * named in the message, with 400, and nothing is compared.
     */
    @GetMapping("/admin/screening-lists/diff")
    String diff(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model,
                HttpServletResponse response) {
        List<String> published = publications().stream().map(ScreeningListPublishedEvent::version).toList();
        model.addAttribute("versions", published);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        if (blank(from) || blank(to)) {
            return "lists/diff";
        }
        Optional<ScreeningListDiff> diff = compare(from, to);
        if (diff.isEmpty()) {
            model.addAttribute("unknownVersion", published.contains(from) ? to : from);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "lists/diff";
        }
        model.addAttribute("diff", diff.get());
        return "lists/diff";
    }

    private List<ScreeningListPublishedEvent> publications() {
        return queries.query(new FetchScreeningListPublicationsQuery(),
                ResponseTypes.multipleInstancesOf(ScreeningListPublication.class)).join().stream()
                .map(ScreeningListPublication::event).toList();
    }

    /** Empty when either version was never published. */
    private Optional<ScreeningListDiff> compare(String from, String to) {
        return queries.query(new CompareScreeningListVersionsQuery(from, to),
                ResponseTypes.optionalInstanceOf(ScreeningListDiff.class)).join();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
