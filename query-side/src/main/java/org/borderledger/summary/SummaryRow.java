package org.borderledger.summary;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.borderledger.consignment.api.Channel;
import org.borderledger.consignment.api.ConsignmentDeclaredEvent;
import org.borderledger.consignment.api.ConsignmentEvent;
import org.borderledger.consignment.api.ConsignmentReleasedEvent;
import org.borderledger.consignment.api.ConsignmentScreenedEvent;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.DeclarationAmendedEvent;
import org.borderledger.consignment.api.Direction;
import org.borderledger.consignment.api.GoodsLine;
import org.borderledger.consignment.api.HoldPlacedEvent;
import org.borderledger.consignment.api.HoldReviewedEvent;
import org.borderledger.consignment.api.InspectionStartedEvent;
import org.borderledger.consignment.api.Party;
import org.borderledger.consignment.api.TransitDepartedEvent;
import org.borderledger.summary.api.ConsignmentSummary;

/**
 * One {@code consignment_summary} row, as a pure fold over its consignment's events. {@code goods}
 * are the goods lines of a declaration or amendment folded in since the row was read, to be written
 * with it; null while the stored lines stand.
 */
record SummaryRow(String consignmentId, Declared declared, List<GoodsLine> goods, ConsignmentStatus status,
                  Channel channel, int openHoldCount, Instant declaredAt, Instant lastChangedAt, Instant releasedAt,
                  long version) {

    /** The columns the declaration fills. */
    record Declared(String reference, String declarantName, String exporterName, String consigneeName,
                    String partyNames, Direction direction, String borderPost, String destinationCountry) {

        static Declared of(Declaration declaration) {
            return new Declared(declaration.reference(), declaration.declarant().name(), declaration.exporter().name(),
                    declaration.consignee().name(), partyNames(declaration), declaration.direction(),
                    declaration.borderPost(), declaration.countryOfDestination().toString());
        }

        /** Every party's name in one text, for the trigram index that answers "any party named like ...". */
        private static String partyNames(Declaration declaration) {
            return Stream.of(declaration.declarant(), declaration.exporter(), declaration.consignee(),
                    declaration.carrier()).filter(Objects::nonNull).map(Party::name).collect(Collectors.joining("\n"));
        }
    }

    /** A stored row, with the party names the summary does not show. */
    static SummaryRow stored(ConsignmentSummary summary, String partyNames) {
        return new SummaryRow(summary.consignmentId(), new Declared(summary.reference(), summary.declarantName(),
                summary.exporterName(), summary.consigneeName(), partyNames, summary.direction(), summary.borderPost(),
                summary.destinationCountry()), null, summary.status(), summary.channel(), summary.openHoldCount(),
                summary.declaredAt(), summary.lastChangedAt(), summary.releasedAt(), summary.version());
    }

    /**
     * The row after one more event; {@code previous} is null before the declaration. An event whose
     * consignment has no row (its declaration never reached this projection) leaves none: null.
     */
    static SummaryRow after(SummaryRow previous, DomainEventMessage<?> message) {
        ConsignmentEvent event = (ConsignmentEvent) message.getPayload();
        Instant at = message.getTimestamp();
        long version = message.getSequenceNumber();
        if (event instanceof ConsignmentDeclaredEvent declaredEvent) {
            Declaration declaration = declaredEvent.declaration();
            return new SummaryRow(event.consignmentId(), Declared.of(declaration), declaration.goods(), event.status(),
                    null, 0, at, at, null, version);
        }
        if (previous == null) {
            return null;
        }
        Declared declared = previous.declared;
        List<GoodsLine> goods = previous.goods;
        Channel channel = previous.channel;
        int openHoldCount = previous.openHoldCount;
        Instant releasedAt = previous.releasedAt;
        if (event instanceof DeclarationAmendedEvent amended) {
            declared = Declared.of(amended.declaration());
            goods = amended.declaration().goods();
        } else if (event instanceof ConsignmentScreenedEvent screened) {
            channel = assigned(screened.channel());
        } else if (event instanceof InspectionStartedEvent started) {
            channel = assigned(started.channel());
        } else if (event instanceof ConsignmentReleasedEvent released) {
            channel = assigned(released.channel());
            releasedAt = at;
        } else if (event instanceof TransitDepartedEvent departed) {
            // A transit declaration's release is its departure: it counts among the releases.
            channel = assigned(departed.channel());
            releasedAt = at;
        } else if (event instanceof HoldPlacedEvent) {
            openHoldCount++;
        } else if (event instanceof HoldReviewedEvent reviewed) {
            openHoldCount = reviewed.openHolds();
        }
        // Every other event (document check, finding, inspection completed, cancellation, transit overdue, arrival,
        // discharge) changes only the status.
        return new SummaryRow(previous.consignmentId, declared, goods, event.status(), channel, openHoldCount,
                previous.declaredAt, at, releasedAt, version);
    }

    /** These events always name the channel: one without is malformed, and fails here to be parked. */
    private static Channel assigned(Channel channel) {
        return Objects.requireNonNull(channel, "channel");
    }
}
