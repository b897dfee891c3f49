package org.borderledger.screening;

import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.borderledger.screening.api.CompareScreeningListVersionsQuery;
import org.borderledger.screening.api.FetchScreeningListPublicationsQuery;
import org.borderledger.screening.api.FetchScreeningListStatusQuery;
import org.borderledger.screening.api.ScreeningListDiff;
import org.borderledger.screening.api.ScreeningListPublication;
import org.borderledger.screening.api.ScreeningListStatus;
import org.springframework.stereotype.Component;

/** What the register's versions in memory answer to those who review them: the console's list pages and health. */
@Component
class ScreeningListQueries {

    private final ScreeningListVersions versions;

    ScreeningListQueries(ScreeningListVersions versions) {
        this.versions = versions;
    }

    @QueryHandler
    List<ScreeningListPublication> handle(FetchScreeningListPublicationsQuery query) {
        return versions.publications().stream()
                .map(event -> new ScreeningListPublication(event, versions.publisher(event.version()).orElse(null))).toList();
    }

    @QueryHandler
    Optional<ScreeningListDiff> handle(CompareScreeningListVersionsQuery query) {
        return versions.version(query.from())
                .flatMap(from -> versions.version(query.to()).map(to -> ListVersionComparison.between(from, to)));
    }

    @QueryHandler
    ScreeningListStatus handle(FetchScreeningListStatusQuery query) {
        try {
            return ScreeningListStatus.inForce(versions.inForce().version());
        } catch (ScreeningListsUnreadableException stopped) {
            // refresh() records the event before inForce() refuses
            return ScreeningListStatus.stopped(versions.unreadable().orElseThrow(), stopped.getMessage());
        }
    }
}
