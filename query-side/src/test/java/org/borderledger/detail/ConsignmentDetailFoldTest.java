package org.borderledger.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.support.Lifecycles.OFFICER;
import static org.borderledger.support.Lifecycles.SUPERVISOR;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.borderledger.actor.api.Actor;
import org.borderledger.consignment.api.Channel;
import org.borderledger.consignment.api.ConsignmentDeclaredEvent;
import org.borderledger.consignment.api.ConsignmentEvent;
import org.borderledger.consignment.api.ConsignmentScreenedEvent;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.CurrencyCode;
import org.borderledger.consignment.api.CountryCode;
import org.borderledger.consignment.api.DecisionReason;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.DeclarationAmendedEvent;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.FindingRecordedEvent;
import org.borderledger.consignment.api.HoldDecision;
import org.borderledger.consignment.api.HoldPlacedEvent;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.HoldReviewedEvent;
import org.borderledger.consignment.api.InspectionCompletedEvent;
import org.borderledger.consignment.api.InspectionOutcome;
import org.borderledger.consignment.api.InspectionStartedEvent;
import org.borderledger.consignment.api.LinkedImport;
import org.borderledger.consignment.api.MatchBand;
import org.borderledger.consignment.api.Money;
import org.borderledger.consignment.api.NameMatchThresholds;
import org.borderledger.consignment.api.PartyLink;
import org.borderledger.consignment.api.PartyRole;
import org.borderledger.consignment.api.PossibleMatchConfirmedEvent;
import org.borderledger.consignment.api.PossibleMatchDismissedEvent;
import org.borderledger.consignment.api.Quantity;
import org.borderledger.consignment.api.ReexportDecidedEvent;
import org.borderledger.consignment.api.ReexportDecision;
import org.borderledger.consignment.api.ScreeningHit;
import org.borderledger.consignment.api.ScreeningTrigger;
import org.borderledger.consignment.api.UnitBalance;
import org.borderledger.consignment.api.SealCheck;
import org.borderledger.consignment.api.SealCondition;
import org.borderledger.consignment.api.TransitArrivalRecordedEvent;
import org.borderledger.consignment.api.TransitDepartedEvent;
import org.borderledger.consignment.api.TransitDischargedEvent;
import org.borderledger.consignment.api.TransitFinding;
import org.borderledger.consignment.api.TransitOverdueEvent;
import org.borderledger.detail.api.ConsignmentDetail;
import org.borderledger.detail.api.ConsignmentDetail.Recorded;
import org.borderledger.detail.api.TimelineAction;
import org.junit.jupiter.api.Test;

/** The fold on its own: the transitions where an event changes one item of a list that earlier events built. */
class ConsignmentDetailFoldTest {

    static final String ID = "CN-FOLD";
    static final Instant DECLARED_AT = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void eachReviewGoesToItsOwnHoldAndAReferredHoldKeepsItsHistory() {
        ConsignmentDetail detail = fold(
                event(0, OFFICER, new ConsignmentDeclaredEvent(ID, Declarations.valid(), ConsignmentStatus.DECLARED)),
                event(1, OFFICER, new ConsignmentScreenedEvent(ID, ScreeningTrigger.DECLARATION, "v1", List.of(),
                        Channel.YELLOW, true, null, Channel.YELLOW, ConsignmentStatus.AWAITING_DOCUMENT_CHECK,
                        ConsignmentStatus.AWAITING_DOCUMENT_CHECK)),
                event(2, OFFICER, new HoldPlacedEvent(ID, "H-1", HoldReason.DOCUMENTS, "Invoice missing", false,
                        OFFICER.userId(), ConsignmentStatus.AWAITING_DOCUMENT_CHECK, ConsignmentStatus.HELD)),
                event(3, OFFICER, new HoldPlacedEvent(ID, "H-2", HoldReason.OTHER_AGENCY, "Phytosanitary", false,
                        OFFICER.userId(), ConsignmentStatus.AWAITING_DOCUMENT_CHECK, ConsignmentStatus.HELD)),
                event(4, SUPERVISOR, review("H-1", HoldDecision.REFER, "Veterinary service", 2)),
                event(5, SUPERVISOR, review("H-2", HoldDecision.LIFT, null, 1)),
                event(6, SUPERVISOR, review("H-1", HoldDecision.LIFT, null, 0)));

        assertThat(detail.status()).isEqualTo(ConsignmentStatus.AWAITING_DOCUMENT_CHECK);
        assertThat(detail.version()).isEqualTo(6);
        assertThat(detail.declaredAt()).isEqualTo(DECLARED_AT);
        assertThat(detail.lastChangedAt()).isEqualTo(DECLARED_AT.plusSeconds(6));
        assertThat(detail.holds()).extracting(ConsignmentDetail.Hold::holdId).containsExactly("H-1", "H-2");
        assertThat(detail.holds().get(0).reviews()).extracting(ConsignmentDetail.HoldReview::decision)
                .containsExactly(HoldDecision.REFER, HoldDecision.LIFT);
        assertThat(detail.holds().get(0).reviews().get(0).referredAgency()).isEqualTo("Veterinary service");
        assertThat(detail.holds().get(0).reviews().get(1).decided())
                .isEqualTo(new Recorded(SUPERVISOR, DECLARED_AT.plusSeconds(6)));
        assertThat(detail.holds().get(1).reviews()).extracting(ConsignmentDetail.HoldReview::decision)
                .containsExactly(HoldDecision.LIFT);
        assertThat(detail.holds().get(1).placed()).isEqualTo(new Recorded(OFFICER, DECLARED_AT.plusSeconds(3)));
    }

    @Test
    void aPossibleMatchIsOpenUntilResolvedAndAConfirmedOneIsNotOpenedAgainByARescreen() {
        ScreeningHit.PartyHit possible = new ScreeningHit.PartyHit(PartyRole.CONSIGNEE, "Romashka Trade LLC", "US-SDN",
                "SDN-90001", "Romashka Trading LLC", "Romashka Trading LLC", "P", "NAME", 0.87, MatchBand.POSSIBLE,
                "ab".repeat(32), "romashka trade llc", List.of());
        ScreeningHit.PartyHit other = new ScreeningHit.PartyHit(PartyRole.CARRIER, "Romashka Freight", "US-SDN",
                "SDN-90001", "Romashka Trading LLC", "Romashka Trading LLC", "P", "NAME", 0.81, MatchBand.POSSIBLE,
                "ab".repeat(32), "romashka freight", List.of());
        ConsignmentDetail open = fold(
                event(0, OFFICER, new ConsignmentDeclaredEvent(ID, Declarations.valid(), ConsignmentStatus.DECLARED)),
                event(1, OFFICER, screened(List.of(possible, other))));
        assertThat(open.openPossibleMatches()).extracting(m -> m.hit().role())
                .containsExactly(PartyRole.CONSIGNEE, PartyRole.CARRIER);

        ConsignmentDetail resolved = fold(open,
                event(2, OFFICER, new PossibleMatchConfirmedEvent(ID, possible, "MATCH-1",
                        ConsignmentStatus.AWAITING_DOCUMENT_CHECK)),
                event(3, OFFICER, new PossibleMatchDismissedEvent(ID, other, "Other firm",
                        ConsignmentStatus.AWAITING_DOCUMENT_CHECK)),
                event(4, OFFICER, screened(List.of(possible))));

        assertThat(resolved.openPossibleMatches()).isEmpty();
        assertThat(resolved.possibleMatches()).extracting(ConsignmentDetail.PossibleMatch::resolution)
                .containsExactly(new ConsignmentDetail.Resolution(true, "MATCH-1", null,
                                new Recorded(OFFICER, DECLARED_AT.plusSeconds(2))),
                        new ConsignmentDetail.Resolution(false, null, "Other firm",
                                new Recorded(OFFICER, DECLARED_AT.plusSeconds(3))));
    }

    @Test
    void aPossibleReexportIsOpenUntilDecidedAndARescreenThatRecordsItAsDecidedBeforeDoesNotOpenItAgain() {
        ScreeningHit.ReexportHit hit = new ScreeningHit.ReexportHit("848210", List.of(1), "RU", "EU-CHPL",
                "CHPL-848210-RUBY", DECLARED_AT, 180, "coalition-countries@0123456789ab", List.of(new LinkedImport(
                "CN-IM", "IM-1", DECLARED_AT.minusSeconds(86_400), "Kurmangazy", 1, "8482100000", "DE",
                LocalDate.of(2026, 11, 22), new Quantity(new BigDecimal("100"), "PCE"),
                new Money(new BigDecimal("2000.00"), CurrencyCode.of("EUR")), PartyRole.EXPORTER, PartyLink.SAME_ADDRESS)),
                List.of(UnitBalance.of("PCE", new BigDecimal("100"), new BigDecimal("150"))), null);
        ConsignmentDetail open = fold(
                event(0, OFFICER, new ConsignmentDeclaredEvent(ID, Declarations.valid(), ConsignmentStatus.DECLARED)),
                event(1, OFFICER, screened(List.of(hit))));
        assertThat(open.openReexports()).extracting(r -> r.hit().hs6()).containsExactly("848210");

        ConsignmentDetail decided = fold(open,
                event(2, SUPERVISOR, new ReexportDecidedEvent(ID, hit, ReexportDecision.END_USE_DOCUMENTED, "Certificate",
                        ConsignmentStatus.AWAITING_DOCUMENT_CHECK)),
                event(3, OFFICER, screened(List.of(hit.decidedBefore(ReexportDecision.END_USE_DOCUMENTED)))));

        assertThat(decided.openReexports()).isEmpty();
        assertThat(decided.reexports()).singleElement().extracting(ConsignmentDetail.PossibleReexport::decision)
                .isEqualTo(new ConsignmentDetail.ReexportVerdict(ReexportDecision.END_USE_DOCUMENTED, "Certificate",
                        new Recorded(SUPERVISOR, DECLARED_AT.plusSeconds(2))));
        var entry = TimelineEntries.of(event(2, SUPERVISOR, new ReexportDecidedEvent(ID, hit,
                ReexportDecision.END_USE_DOCUMENTED, "Certificate", ConsignmentStatus.AWAITING_DOCUMENT_CHECK)));
        assertThat(entry.action()).isEqualTo(TimelineAction.REEXPORT_DECIDED);
        assertThat(entry.details()).containsEntry("hs6", "848210").containsEntry("linkedImports", "1")
                .containsEntry("decision", "END_USE_DOCUMENTED");
        assertThat(entry.why()).isEqualTo("Certificate");
    }

    private static ConsignmentScreenedEvent screened(List<ScreeningHit> hits) {
        return new ConsignmentScreenedEvent(ID, ScreeningTrigger.DECLARATION, "v1", hits, Channel.YELLOW, false, null,
                Channel.YELLOW, ConsignmentStatus.AWAITING_DOCUMENT_CHECK, ConsignmentStatus.AWAITING_DOCUMENT_CHECK,
                new NameMatchThresholds(0.92, 0.8), List.of());
    }

    @Test
    void findingsAndTheOutcomeGoToTheInspectionAndAnAmendmentReplacesTheDeclaration() {
        Declaration amended = Declarations.withReference("EX-FOLD-2");
        ConsignmentDetail started = fold(
                event(0, OFFICER, new ConsignmentDeclaredEvent(ID, Declarations.valid(), ConsignmentStatus.DECLARED)),
                event(1, OFFICER, new DeclarationAmendedEvent(ID, amended, List.of("reference"), "Typo",
                        ConsignmentStatus.DECLARED)),
                event(2, OFFICER, new InspectionStartedEvent(ID, "INSP-1", "Lane 2", Channel.RED,
                        ConsignmentStatus.UNDER_INSPECTION)));
        ConsignmentDetail completed = fold(started,
                event(3, OFFICER, new FindingRecordedEvent(ID, "INSP-1", 1, 1, true, "Two pallets more",
                        ConsignmentStatus.UNDER_INSPECTION)),
                event(4, OFFICER, new InspectionCompletedEvent(ID, "INSP-1", InspectionOutcome.DISCREPANCY, 1,
                        "See finding 1", ConsignmentStatus.DISCREPANCY_FOUND)));

        assertThat(started.inspections().get(0).findings()).as("the earlier state is never changed").isEmpty();
        assertThat(completed.declaration()).isEqualTo(amended);
        assertThat(completed.amendments()).singleElement().satisfies(amendment -> {
            assertThat(amendment.changedParts()).containsExactly("reference");
            assertThat(amendment.reason()).isEqualTo("Typo");
        });
        assertThat(completed.channel()).isEqualTo(Channel.RED);
        assertThat(completed.inspections()).singleElement().satisfies(inspection -> {
            assertThat(inspection.note()).isEqualTo("Lane 2");
            assertThat(inspection.findings()).singleElement().satisfies(finding -> {
                assertThat(finding.lineNumber()).isEqualTo(1);
                assertThat(finding.discrepancy()).isTrue();
            });
            assertThat(inspection.outcome()).isEqualTo(InspectionOutcome.DISCREPANCY);
            assertThat(inspection.completionNote()).isEqualTo("See finding 1");
        });
        assertThat(completed.status()).isEqualTo(ConsignmentStatus.DISCREPANCY_FOUND);
    }

    @Test
    void aTimelineEntryLeavesOutFactsWithoutValueAndBlankText() {
        var entry = TimelineEntries.of(event(4, SUPERVISOR, review("H-1", HoldDecision.LIFT, null, 0)));

        assertThat(entry.action()).isEqualTo(TimelineAction.HOLD_REVIEWED);
        assertThat(entry.actor()).isEqualTo(SUPERVISOR);
        assertThat(entry.details()).containsEntry("decision", "LIFT").containsEntry("openHolds", "0")
                .doesNotContainKey("referredAgency");
        assertThat(entry.why()).isEqualTo("Checked");
    }

    @Test
    void aTransitMovementDepartsIsOverdueArrivesWithFindingsAndIsDischarged() {
        Instant timeLimit = DECLARED_AT.plusSeconds(3600);
        ConsignmentDetail departed = fold(
                event(0, OFFICER, new ConsignmentDeclaredEvent(ID, Declarations.transit(timeLimit), ConsignmentStatus.DECLARED)),
                event(1, OFFICER, new TransitDepartedEvent(ID, "TR-FOLD", "Nur Zholy (Khorgos)", "Korday",
                        CountryCode.of("KG"), timeLimit, Channel.GREEN, "Sealed at lane 1", ConsignmentStatus.IN_TRANSIT)));
        assertThat(departed.release()).isEqualTo(new ConsignmentDetail.Release("Sealed at lane 1",
                new Recorded(OFFICER, DECLARED_AT.plusSeconds(1))));
        assertThat(departed.channel()).isEqualTo(Channel.GREEN);
        assertThat(departed.transit()).isEqualTo(new ConsignmentDetail.Transit(
                new Recorded(OFFICER, DECLARED_AT.plusSeconds(1)), null, null, null));

        SealCheck broken = new SealCheck("KZ-2", SealCondition.BROKEN);
        ConsignmentDetail discharged = fold(departed,
                event(2, Actor.SYSTEM, new TransitOverdueEvent(ID, "TR-FOLD", "Nur Zholy (Khorgos)", "Korday", timeLimit,
                        ConsignmentStatus.IN_TRANSIT)),
                event(3, SUPERVISOR, new TransitArrivalRecordedEvent(ID, "Kurmangazy", CountryCode.of("RU"),
                        List.of(new SealCheck("KZ-1", SealCondition.INTACT), broken), List.of("XX-9"), "777 ZZZ 02",
                        Set.of(TransitFinding.SEALS, TransitFinding.DIVERSION), true, "Presented late",
                        ConsignmentStatus.IN_TRANSIT)),
                event(4, SUPERVISOR, new TransitDischargedEvent(ID, "TR-FOLD", "Kurmangazy", ConsignmentStatus.DISCHARGED)));

        assertThat(discharged.status()).isEqualTo(ConsignmentStatus.DISCHARGED);
        assertThat(discharged.transit().overdue()).isEqualTo(new Recorded(Actor.SYSTEM, DECLARED_AT.plusSeconds(2)));
        assertThat(discharged.transit().arrival()).satisfies(arrival -> {
            assertThat(arrival.arrivalPost()).isEqualTo("Kurmangazy");
            assertThat(arrival.arrivalCountry()).isEqualTo(CountryCode.of("RU"));
            assertThat(arrival.seals()).contains(broken);
            assertThat(arrival.otherSeals()).containsExactly("XX-9");
            assertThat(arrival.findings()).containsExactlyInAnyOrder(TransitFinding.SEALS, TransitFinding.DIVERSION);
            assertThat(arrival.late()).isTrue();
        });
        assertThat(discharged.transit().discharged()).isEqualTo(new Recorded(SUPERVISOR, DECLARED_AT.plusSeconds(4)));

        var arrived = TimelineEntries.of(event(3, SUPERVISOR, new TransitArrivalRecordedEvent(ID, "Kurmangazy",
                CountryCode.of("RU"), List.of(broken), List.of(), "777 ZZZ 02",
                Set.of(TransitFinding.VEHICLE, TransitFinding.DIVERSION), false, " ", ConsignmentStatus.IN_TRANSIT)));
        assertThat(arrived.action()).isEqualTo(TimelineAction.TRANSIT_ARRIVED);
        assertThat(arrived.details()).containsEntry("arrivalPost", "Kurmangazy").containsEntry("arrivalCountry", "RU")
                .containsEntry("findings", "VEHICLE,DIVERSION").containsEntry("findingCount", "2");
        assertThat(arrived.why()).isNull();
        assertThat(TimelineEntries.of(event(1, OFFICER, new TransitDepartedEvent(ID, "TR-FOLD", "Nur Zholy (Khorgos)",
                "Korday", CountryCode.of("KG"), timeLimit, Channel.GREEN, null, ConsignmentStatus.IN_TRANSIT))).details())
                .containsEntry("exitPost", "Korday").containsEntry("destination", "KG")
                .containsEntry("timeLimit", timeLimit.toString());
    }

    private static HoldReviewedEvent review(String holdId, HoldDecision decision, String agency, int openHolds) {
        return new HoldReviewedEvent(ID, holdId, HoldReason.DOCUMENTS, OFFICER.userId(), decision,
                DecisionReason.OTHER, "Checked", agency, openHolds,
                openHolds == 0 ? ConsignmentStatus.AWAITING_DOCUMENT_CHECK : ConsignmentStatus.HELD);
    }

    /** An event as the store gives it back, one second after the previous one. */
    private static DomainEventMessage<?> event(long sequenceNumber, Actor actor, ConsignmentEvent payload) {
        return new GenericDomainEventMessage<>("Consignment", ID, sequenceNumber, payload, actor.asMetaData(),
                "event-" + sequenceNumber, DECLARED_AT.plusSeconds(sequenceNumber));
    }

    private static ConsignmentDetail fold(DomainEventMessage<?>... events) {
        return fold(null, events);
    }

    private static ConsignmentDetail fold(ConsignmentDetail start, DomainEventMessage<?>... events) {
        ConsignmentDetail detail = start;
        for (DomainEventMessage<?> event : events) {
            detail = ConsignmentDetailFold.apply(detail, event);
        }
        return detail;
    }
}
