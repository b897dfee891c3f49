package org.borderledger.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.borderledger.consignment.api.BusinessIdentifier;
import org.borderledger.consignment.api.CountryCode;
import org.borderledger.consignment.api.Measure;
import org.borderledger.screening.api.DeniedParty;
import org.borderledger.screening.api.GoodsMeasure;
import org.borderledger.screening.api.ImportedList;
import org.borderledger.screening.api.ListFileDigest;
import org.borderledger.screening.api.ListSource;
import org.junit.jupiter.api.Test;

/** The lists shipped in their publishers' formats: they read cleanly and hold what the screening tests rely on. */
class ShippedListsTest {

    private static final ScreeningLists SHIPPED = ShippedLists.asVersion(ShippedLists.VERSION);

    @Test
    void eachShippedSourceReadsWithTheDigestsOfItsFiles() {
        List<ImportedList> lists = ShippedLists.load();
        assertThat(lists).extracting(ImportedList::source)
                .containsExactly(ListSource.US_SDN, ListSource.EU_FSF, ListSource.GOODS_MEASURES);
        assertThat(lists.get(0).files()).extracting(ListFileDigest::name).containsExactly("sdn.csv", "alt.csv", "add.csv");
        assertThat(lists.get(1).files()).extracting(ListFileDigest::name).containsExactly("eu-financial-sanctions.xml");
        assertThat(lists.stream().flatMap(l -> l.files().stream())).allSatisfy(file -> {
            assertThat(file.sha256()).hasSize(64);
            assertThat(file.bytes()).isPositive();
        });
        assertThat(lists.get(0).parties()).hasSize(7).allSatisfy(p -> assertThat(p.listName()).isEqualTo("US-SDN"));
        assertThat(lists.get(1).parties()).hasSize(7).allSatisfy(p -> assertThat(p.listName()).isEqualTo("EU-FSF"));
    }

    @Test
    void aFileReadTwiceHasTheSameDigest() {
        assertThat(ShippedLists.load().get(0).files()).isEqualTo(ShippedLists.load().get(0).files());
    }

    @Test
    void theShippedGoodsMeasuresAreTheChplAndTheKazakhBan() {
        assertThat(SHIPPED.version()).isEqualTo("2026.11-1");
        assertThat(SHIPPED.goodsMeasures()).hasSize(115);
        assertThat(SHIPPED.goodsMeasures()).filteredOn(m -> m.listName().equals("EU-CHPL") && m.measure() == Measure.LICENCE).hasSize(50);
        assertThat(SHIPPED.goodsMeasures()).filteredOn(m -> m.listName().equals("EU-CHPL") && m.measure() == Measure.MONITOR).hasSize(50);
        assertThat(SHIPPED.goodsMeasures()).filteredOn(m -> m.listName().equals("KZ-EXPORT-BAN") && !m.hasOriginCondition())
                .hasSize(13).allMatch(m -> m.measure() == Measure.BAN);
        // bearings: banned when of coalition origin, monitored when made in Kazakhstan
        assertThat(SHIPPED.goodsMeasures()).filteredOn(GoodsMeasure::hasOriginCondition)
                .extracting(GoodsMeasure::measureId, GoodsMeasure::hsPrefix, GoodsMeasure::measure, m -> m.origins().size(),
                        m -> m.appliesToOrigin(CountryCode.of("DE")), m -> m.appliesToOrigin(CountryCode.of("KZ")))
                .containsExactlyInAnyOrder(
                        tuple("KZBAN-8482-COAL", "8482", Measure.BAN, 30, true, false),
                        tuple("KZBAN-8482-KZ", "8482", Measure.MONITOR, 1, false, true));
        assertThat(SHIPPED.partyIndex().parties()).isEqualTo(SHIPPED.deniedParties());
    }

    @Test
    void theShippedChplEntriesAreExactlyTheReferenceCodesWithTheirTiers() throws IOException {
        List<String[]> reference;
        try (InputStream in = getClass().getResourceAsStream("/screening/chpl-hs6-reference.csv")) {
            reference = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).map(l -> l.split(",")).toList();
        }
        assertThat(reference).hasSize(50);
        Map<String, GoodsMeasure> licences = SHIPPED.goodsMeasures().stream()
                .filter(m -> m.listName().equals("EU-CHPL") && m.measure() == Measure.LICENCE)
                .collect(Collectors.toMap(GoodsMeasure::hsPrefix, Function.identity()));
        assertThat(licences.keySet()).containsExactlyInAnyOrderElementsOf(reference.stream().map(r -> r[1]).toList());
        for (String[] r : reference) {
            GoodsMeasure m = licences.get(r[1]);
            assertThat(m.label()).contains("tier " + r[0] + ":");
            assertThat(m.legalBasis()).endsWith("tier " + r[0]);
            assertThat(m.destinations()).extracting(CountryCode::value).containsExactly("BY", "RU");
            assertThat(m.routeCountries()).extracting(CountryCode::value).containsExactly("BY", "RU");
            assertThat(m.validFrom()).isEqualTo(LocalDate.of(2024, 2, 23));
        }
    }

    @Test
    void theShippedPartiesAreMarkedAsTestDataAndCoverCyrillicKazakhAndIdentifiers() {
        List<DeniedParty> parties = SHIPPED.deniedParties();
        assertThat(parties).hasSize(14).allSatisfy(p -> assertThat(p.programme()).endsWith("(TEST DATA)"));
        assertThat(parties).filteredOn(p -> p.entryId().equals("SDN-90001")).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Romashka Trading LLC");
            assertThat(p.aliases()).containsExactly("ООО Ромашка", "OOO Romashka", "Romashka");
            assertThat(p.country()).isEqualTo(CountryCode.of("RU"));
            assertThat(p.identifiers()).containsExactly(new BusinessIdentifier(CountryCode.of("RU"), "7700000000"));
        });
        assertThat(parties).filteredOn(p -> p.entryId().equals("EU-90014")).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Ғалым Пример-Сергеев");
            assertThat(p.aliases()).containsExactly("Galym Primer-Sergeyev", "Primer-Sergeev Galym");
            assertThat(p.country()).isEqualTo(CountryCode.of("KZ"));
        });
        assertThat(parties).anySatisfy(p -> assertThat(p.identifiers())
                .contains(new BusinessIdentifier(CountryCode.of("KZ"), "190540001230")));
    }

    @Test
    void duplicateIdsAreRefusedInMemoryToo() {
        DeniedParty p = new DeniedParty("P-1", "L", "Name", List.of(), null, List.of(), "X");
        assertThatThrownBy(() -> ScreeningLists.of("v1", List.of(), List.of(p, p)))
                .hasMessage("Duplicate denied-party entry id 'P-1'");
    }
}
