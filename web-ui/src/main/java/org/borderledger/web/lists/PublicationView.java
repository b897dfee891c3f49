package org.borderledger.web.lists;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.borderledger.actor.api.Actor;
import org.borderledger.screening.api.ListFileDigest;
import org.borderledger.screening.api.ListSource;
import org.borderledger.screening.api.ScreeningListPublication;
import org.borderledger.screening.api.ScreeningListPublishedEvent;

/**
 * One publication as the history shows it, on the page and in the API: the version, since when it is
 * in force, who published it, what it replaced and with which files, and the counts, without the
 * entries themselves (tens of thousands of them; the version's page compares them). After a publication
 * it is the page's flash message, kept in the stored session: hence serializable.
 */
public record PublicationView(String version, String previousVersion, Instant effectiveAt, String publishedBy,
                              String publisherRole, String publisherBorderPost, List<ListSource> sources,
                              List<ListFileDigest> files, int added, int changed, int removed) implements Serializable {

    static PublicationView of(ScreeningListPublication publication) {
        ScreeningListPublishedEvent event = publication.event();
        Actor publisher = publication.publisher();
        return new PublicationView(event.version(), event.previousVersion(), event.effectiveAt(),
                publisher == null ? null : publisher.userId(), publisher == null ? null : publisher.role().name(),
                publisher == null ? null : publisher.borderPost(), event.sources(), event.files(),
                event.added(), event.changed(), event.removed());
    }
}
