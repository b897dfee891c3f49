package org.borderledger.screening.api;

import org.borderledger.actor.api.Actor;

/** One published version with who published it (null when the stored event does not say). */
public record ScreeningListPublication(ScreeningListPublishedEvent event, Actor publisher) {
}
