package org.borderledger.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.junit.jupiter.api.Test;

class ScreeningListsLoaderTest {

    private final ScreeningListsLoader loader = new ScreeningListsLoader();

    private static final String GOODS_HEADER = "measure_id,list,hs_prefix,destinations,route_countries,measure,legal_basis,label,valid_from,valid_to\n";
    private static final String PARTIES_HEADER = "entry_id,list,name,aliases,country,identifiers,programme\n";

    @Test
    void theShippedVersionIsInForceAndLoads() {
        assertThat(loader.versionInForce()).isEqualTo("2026.11-1");
        ScreeningLists lists = loader.loadVersionInForce();
        assertThat(lists.version()).isEqualTo("2026.11-1");
        assertThat(lists.goodsMeasures()).hasSize(113);
        assertThat(lists.goodsMeasures()).filteredOn(m -> m.listName().equals("EU-CHPL") && m.measure() == Measure.LICENCE).hasSize(50);
        assertThat(lists.goodsMeasures()).filteredOn(m -> m.listName().equals("EU-CHPL") && m.measure() == Measure.MONITOR).hasSize(50);
        assertThat(lists.goodsMeasures()).filteredOn(m -> m.listName().equals("KZ-EXPORT-BAN"))
                .hasSize(13).allMatch(m -> m.measure() == Measure.BAN);
        assertThat(lists.deniedParties()).hasSize(14)
                .allSatisfy(p -> assertThat(p.programme()).endsWith("(TEST DATA)"));
        assertThat(lists.partyIndex().parties()).isEqualTo(lists.deniedParties());
    }

    @Test
    void theShippedChplEntriesAreExactlyTheReferenceCodesWithTheirTiers() throws IOException {
        List<String[]> reference;
        try (InputStream in = getClass().getResourceAsStream("/screening/chpl-hs6-reference.csv")) {
            reference = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).map(l -> l.split(",")).toList();
        }
        assertThat(reference).hasSize(50);
        Map<String, GoodsMeasure> licences = loader.loadVersionInForce().goodsMeasures().stream()
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
    void theShippedDeniedPartiesCoverCyrillicKazakhAndIdentifiers() {
        List<DeniedParty> parties = loader.loadVersionInForce().deniedParties();
        assertThat(parties).filteredOn(p -> p.name().equals("Romashka Trading LLC")).singleElement()
                .satisfies(p -> assertThat(p.aliases()).contains("ООО Ромашка"));
        assertThat(parties).anySatisfy(p -> assertThat(p.name()).containsAnyOf("Қ", "Ө", "Ұ"));
        assertThat(parties).anySatisfy(p -> assertThat(p.identifiers())
                .contains(new BusinessIdentifier(CountryCode.of("KZ"), "190540001230")));
    }

    @Test
    void quotedFieldsWithCommasAndDoubledQuotesAreRead() {
        ScreeningLists lists = loader.load("test-quoted");
        GoodsMeasure m = lists.goodsMeasures().get(0);
        assertThat(m.legalBasis()).isEqualTo("Regulation \"X\", Annex 1, tier 1");
        assertThat(m.label()).isEqualTo("Chips, \"tier 1\"");
        assertThat(m.measure()).isEqualTo(Measure.LICENCE);
        assertThat(m.destinations()).extracting(CountryCode::value).containsExactly("BY", "RU");
        assertThat(m.validTo()).isEqualTo(LocalDate.of(2030, 12, 31));
        DeniedParty p = lists.deniedParties().get(0);
        assertThat(p.name()).isEqualTo("Sample, Trading \"Quoted\" LLC");
        assertThat(p.aliases()).containsExactly("АО \"Квазар Пример\"", "Sample Trading");
        assertThat(p.country()).isNull();
        assertThat(p.identifiers()).extracting(BusinessIdentifier::toString).containsExactly("RU:7700000000", "KZ:190540001230");
        assertThat(p.programme()).isEqualTo("TEST, DATA");
    }

    @Test
    void malformedGoodsRowFailsNamingFileAndLine() {
        assertThatThrownBy(() -> loader.load("test-malformed-goods"))
                .isInstanceOf(ScreeningListException.class)
                .hasMessageStartingWith("screening/test-malformed-goods/goods-measures.csv line 4: ")
                .hasMessageContaining("85x2");
    }

    @Test
    void malformedPartyRowAfterAMultiLineFieldNamesItsPhysicalLine() {
        assertThatThrownBy(() -> loader.load("test-malformed-parties"))
                .isInstanceOf(ScreeningListException.class)
                .hasMessageStartingWith("screening/test-malformed-parties/denied-parties.csv line 4: ")
                .hasMessageContaining("control digit");
    }

    @Test
    void missingFileOrVersionIsReported() {
        assertThatThrownBy(() -> loader.load("test-missing-parties"))
                .isInstanceOf(ScreeningListException.class)
                .hasMessageContaining("screening/test-missing-parties/denied-parties.csv is not on the classpath");
        assertThatThrownBy(() -> loader.load("../secrets")).isInstanceOf(ScreeningListException.class);
    }

    private static void assertFails(String goods, String parties, String expectedMessage) {
        assertThatThrownBy(() -> ScreeningListsLoader.fromCsv("v1", goods, parties))
                .isInstanceOf(ScreeningListException.class)
                .hasMessage(expectedMessage);
    }

    @Test
    void eachKindOfBadValueIsReportedWithItsLine() {
        String row = "M-1,TEST,8542,RU,,BAN,Basis,Label,2025-01-01,\n";
        assertFails(GOODS_HEADER + row + "M-2,TEST,8542,RU,,STOP,Basis,Label,2025-01-01,\n", PARTIES_HEADER,
                "v1/goods-measures.csv line 3: measure 'STOP' must be one of [MONITOR, LICENCE, BAN]");
        assertFails(GOODS_HEADER + row + "M-2,TEST,8542,XX,,BAN,Basis,Label,2025-01-01,\n", PARTIES_HEADER,
                "v1/goods-measures.csv line 3: 'XX' is not an ISO 3166-1 alpha-2 country code (for example KZ, RU, CN)");
        assertFails(GOODS_HEADER + row + "M-2,TEST,8542,RU;;BY,,BAN,Basis,Label,2025-01-01,\n", PARTIES_HEADER,
                "v1/goods-measures.csv line 3: destinations 'RU;;BY' has an empty item between ';'");
        assertFails(GOODS_HEADER + row + "M-2,TEST,8542,RU,,BAN,Basis,Label,01.01.2025,\n", PARTIES_HEADER,
                "v1/goods-measures.csv line 3: date '01.01.2025' must be written YYYY-MM-DD");
        assertFails(GOODS_HEADER + row + "M-2,TEST,8542,RU,,BAN,Basis,Label,2025-01-01,2024-01-01\n", PARTIES_HEADER,
                "v1/goods-measures.csv line 3: Measure M-2 ends (2024-01-01) before it starts (2025-01-01)");
        assertFails(GOODS_HEADER + row + row, PARTIES_HEADER,
                "v1/goods-measures.csv line 3: measure_id 'M-1' already used on line 2");
        assertFails(GOODS_HEADER + "M-1,TEST,8542,RU,,BAN,Basis,Label,2025-01-01\n", PARTIES_HEADER,
                "v1/goods-measures.csv line 2: has 9 fields; expected 10 (measure_id,list,hs_prefix,destinations,route_countries,measure,legal_basis,label,valid_from,valid_to)");
        assertFails("id,list\n", PARTIES_HEADER,
                "v1/goods-measures.csv line 1: header is id,list; expected measure_id,list,hs_prefix,destinations,route_countries,measure,legal_basis,label,valid_from,valid_to");
        assertFails("", PARTIES_HEADER,
                "v1/goods-measures.csv line 1: empty file; expected the header measure_id,list,hs_prefix,destinations,route_countries,measure,legal_basis,label,valid_from,valid_to");
        assertFails(GOODS_HEADER, PARTIES_HEADER + "P-1,TEST,Name,,RU,7700000000,TEST\n",
                "v1/denied-parties.csv line 2: identifier '7700000000' must be written CC:value, for example KZ:190540001230");
        assertFails(GOODS_HEADER, PARTIES_HEADER + "P-1,TEST,,,RU,,TEST\n",
                "v1/denied-parties.csv line 2: Denied-party name is required");
    }

    @Test
    void inMemoryListsNeedNoFiles() {
        ScreeningLists lists = ScreeningListsLoader.fromCsv("v1",
                GOODS_HEADER + "M-1,TEST,8542,RU,,BAN,Basis,Label,2025-01-01,\n",
                PARTIES_HEADER + "P-1,TEST,Romashka Trading LLC,ООО Ромашка,RU,,TEST\n");
        assertThat(lists.goodsMeasures()).hasSize(1);
        assertThat(lists.goodsMeasures().get(0).routeCountries()).isEmpty();
        assertThat(lists.deniedParties()).hasSize(1);
        assertThat(lists.deniedParties().get(0).names()).containsExactly("Romashka Trading LLC", "ООО Ромашка");
    }

    @Test
    void duplicateIdsAreRefusedInMemoryToo() {
        DeniedParty p = new DeniedParty("P-1", "L", "Name", List.of(), null, List.of(), "X");
        assertThatThrownBy(() -> ScreeningLists.of("v1", List.of(), List.of(p, p)))
                .hasMessage("Duplicate denied-party entry id 'P-1'");
    }
}
