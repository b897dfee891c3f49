package org.borderledger.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.borderledger.consignment.api.BusinessIdentifier;
import org.borderledger.consignment.api.CountryCode;
import org.borderledger.consignment.api.Measure;
import org.borderledger.screening.api.DeniedParty;
import org.borderledger.screening.api.GoodsMeasure;
import org.borderledger.screening.api.ScreeningListDiff;
import org.borderledger.screening.api.ScreeningListDiff.Entry;
import org.borderledger.screening.api.ScreeningListDiff.FieldChange;
import org.borderledger.screening.api.ScreeningListDiff.Kind;
import org.junit.jupiter.api.Test;

/** The difference between two versions of the lists, entry by entry and field by field. */
class ScreeningListDiffTest {

    private static final CountryCode RU = new CountryCode("RU");
    private static final CountryCode BY = new CountryCode("BY");
    private static final CountryCode KZ = new CountryCode("KZ");
    private static final CountryCode DE = new CountryCode("DE");

    private static DeniedParty party(String id, String name, List<String> aliases, String programme) {
        return new DeniedParty(id, "TEST-SDN", name, aliases, RU, List.of(), programme);
    }

    private static GoodsMeasure measure(String id, String hsPrefix, Set<CountryCode> destinations, Measure measure,
                                        LocalDate validTo) {
        return new GoodsMeasure(id, "TEST-GOODS", hsPrefix, destinations, Set.of(), Set.of(), Set.of(), measure,
                "Test basis 1/2026", "Test goods", LocalDate.of(2026, 1, 1), validTo);
    }

    /** A measure to Russia with an origin condition. */
    private static GoodsMeasure measureOfOrigin(String id, String hsPrefix, Measure measure, Set<CountryCode> origins,
                                                Set<CountryCode> excludedOrigins) {
        return new GoodsMeasure(id, "TEST-GOODS", hsPrefix, Set.of(RU), Set.of(), origins, excludedOrigins, measure,
                "Test basis 1/2026", "Test goods", LocalDate.of(2026, 1, 1), null);
    }

    @Test
    void entriesAddedRemovedAndChangedAreFoundByIdWithTheFieldsThatChanged() {
        ScreeningLists before = ScreeningLists.of("2026.11-1",
                List.of(measure("M-1", "8542", Set.of(RU), Measure.LICENCE, null),
                        measure("M-2", "8703", Set.of(RU), Measure.BAN, null)),
                List.of(party("P-1", "Romashka Trading", List.of("OOO Romashka"), "RUSSIA-EO14024"),
                        party("P-2", "Vostok Test Holding", List.of(), "RUSSIA-EO14024")));
        ScreeningLists after = ScreeningLists.of("2026.11-2",
                List.of(measure("M-1", "8542", Set.of(RU, BY), Measure.BAN, LocalDate.of(2027, 12, 31)),
                        measure("M-3", "8471", Set.of(BY), Measure.MONITOR, null)),
                List.of(party("P-3", "Zapad Test Logistics", List.of(), "BELARUS-EO14038"),
                        party("P-1", "Romashka Trading", List.of("OOO Romashka", "Ромашка"), "RUSSIA-EO14024")));

        ScreeningListDiff diff = ListVersionComparison.between(before, after);

        assertThat(diff.fromVersion()).isEqualTo("2026.11-1");
        assertThat(diff.toVersion()).isEqualTo("2026.11-2");
        assertThat(diff.added()).extracting(Entry::kind, Entry::entryId, Entry::title)
                .containsExactly(tuple(Kind.PARTY, "P-3", "Zapad Test Logistics"), tuple(Kind.MEASURE, "M-3", "8471 Test goods"));
        assertThat(diff.removed()).extracting(Entry::kind, Entry::entryId)
                .containsExactly(tuple(Kind.PARTY, "P-2"), tuple(Kind.MEASURE, "M-2"));
        assertThat(diff.changed()).extracting(Entry::kind, Entry::entryId)
                .containsExactly(tuple(Kind.PARTY, "P-1"), tuple(Kind.MEASURE, "M-1"));
        assertThat(diff.changed().get(0).fields())
                .containsExactly(new FieldChange("aliases", "OOO Romashka", "OOO Romashka, Ромашка"));
        assertThat(diff.changed().get(1).fields()).containsExactly(
                new FieldChange("destinations", "RU", "BY, RU"),
                new FieldChange("measure", "LICENCE", "BAN"),
                new FieldChange("validTo", "", "2027-12-31"));
        assertThat(diff.isEmpty()).isFalse();
    }

    @Test
    void aChangedOriginConditionIsAChangeOfTheMeasureAndEveryMeasureCarriesItsCondition() {
        ScreeningLists before = ScreeningLists.of("a", List.of(
                measureOfOrigin("M-1", "8482", Measure.MONITOR, Set.of(KZ), Set.of()),
                measureOfOrigin("M-2", "8482", Measure.BAN, Set.of(), Set.of(KZ))), List.of());
        ScreeningLists after = ScreeningLists.of("b", List.of(
                measureOfOrigin("M-1", "8482", Measure.MONITOR, Set.of(), Set.of(BY)),
                measureOfOrigin("M-3", "8482", Measure.BAN, Set.of(DE), Set.of())), List.of());

        ScreeningListDiff diff = ListVersionComparison.between(before, after);

        assertThat(diff.changed()).singleElement().satisfies(entry -> {
            assertThat(entry.fields()).containsExactly(new FieldChange("origins", "KZ", ""),
                    new FieldChange("excludedOrigins", "", "BY"));
            assertThat(entry.excludedOrigins()).containsExactly(BY);
            assertThat(entry.origins()).isEmpty();
        });
        assertThat(diff.added()).extracting(Entry::entryId, Entry::origins, Entry::excludedOrigins)
                .containsExactly(tuple("M-3", List.of(DE), List.of()));
        assertThat(diff.removed()).extracting(Entry::entryId, Entry::origins, Entry::excludedOrigins)
                .containsExactly(tuple("M-2", List.of(), List.of(KZ)));
    }

    @Test
    void aVersionComparedWithItsOwnEntriesInAnotherOrderHasNoDifference() {
        List<DeniedParty> parties = List.of(party("P-1", "Romashka Trading", List.of(), "RUSSIA-EO14024"),
                party("P-2", "Vostok Test Holding", List.of(), "RUSSIA-EO14024"));
        ScreeningLists before = ScreeningLists.of("2026.11-1", List.of(), parties);
        ScreeningLists after = ScreeningLists.of("2026.11-2", List.of(), List.of(parties.get(1), parties.get(0)));

        ScreeningListDiff diff = ListVersionComparison.between(before, after);

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.changed()).isEmpty();
    }

    @Test
    void anIdentifierAddedToAPartyIsAChangeOfItsIdentifiers() {
        DeniedParty without = party("P-1", "Romashka Trading", List.of(), "RUSSIA-EO14024");
        DeniedParty with = new DeniedParty("P-1", "TEST-SDN", "Romashka Trading", List.of(), RU,
                List.of(new BusinessIdentifier(RU, "7701234567")), "RUSSIA-EO14024");

        ScreeningListDiff diff = ListVersionComparison.between(ScreeningLists.of("a", List.of(), List.of(without)),
                ScreeningLists.of("b", List.of(), List.of(with)));

        assertThat(diff.changed()).singleElement().satisfies(entry -> assertThat(entry.fields())
                .containsExactly(new FieldChange("identifiers", "", "RU:7701234567")));
    }
}
