package org.borderledger.detail;

import org.axonframework.eventhandling.EventMessage;
import org.borderledger.actor.api.Actor;
import org.borderledger.detail.api.ConsignmentDetail.Recorded;

/** Who caused an event and when, from the metadata and timestamp the event store keeps with it. */
final class EventOrigin {

    private EventOrigin() {
    }

    static Actor actor(EventMessage<?> message) {
        return Actor.from(message.getMetaData()).orElse(null);
    }

    static Recorded recorded(EventMessage<?> message) {
        return new Recorded(actor(message), message.getTimestamp());
    }
}
