package org.borderledger.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.borderledger.screening.ListFiles.file;
import static org.borderledger.screening.ListFiles.problems;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.borderledger.consignment.api.CountryCode;
import org.borderledger.consignment.api.Measure;
import org.borderledger.screening.api.GoodsMeasure;
import org.borderledger.screening.api.ImportedList;
import org.borderledger.screening.api.ListSource;
import org.junit.jupiter.api.Test;

/** The project's goods-measures CSV. */
class GoodsMeasuresCsvTest {

    private static final String HEADER = "measure_id,list,hs_prefix,destinations,route_countries,measure,legal_basis,label,valid_from,valid_to\n";
    private static final String HEADER_WITH_ORIGINS = HEADER.strip() + ",origins,excluded_origins\n";
    private static final String ROW = "M-1,TEST,8542,RU,,BAN,Basis,Label,2025-01-01,\n";

    private static ImportedList read(String csv) {
        return ListImports.read(ListSource.GOODS_MEASURES, List.of(file("goods-measures.csv", csv)));
    }

    @Test
    void quotedFieldsWithCommasLineBreaksAndDoubledQuotesAreRead() {
        ImportedList list = read("\uFEFF" + HEADER + ROW
                + "M-2,TEST,854231,RU;BY,KZ,licence,\"Regulation \"\"X\"\", Annex 1,\ntier 1\",\"Chips, \"\"tier 1\"\"\",2025-01-01,2030-12-31\r\n");
        assertThat(list.parties()).isEmpty();
        assertThat(list.measures()).hasSize(2);
        GoodsMeasure m = list.measures().get(1);
        assertThat(m.legalBasis()).isEqualTo("Regulation \"X\", Annex 1,\ntier 1");
        assertThat(m.label()).isEqualTo("Chips, \"tier 1\"");
        assertThat(m.measure()).isEqualTo(Measure.LICENCE);
        assertThat(m.destinations()).extracting(CountryCode::value).containsExactly("BY", "RU");
        assertThat(m.routeCountries()).extracting(CountryCode::value).containsExactly("KZ");
        assertThat(m.validTo()).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(list.measures().get(0).routeCountries()).isEmpty();
        assertThat(list.measures().get(0).validTo()).isNull();
        // a file written before the origin columns: every measure applies to goods of any origin
        assertThat(list.measures()).noneMatch(GoodsMeasure::hasOriginCondition);
    }

    @Test
    void theOptionalOriginColumnsNameTheOriginsAMeasureAppliesToOrExcludes() {
        ImportedList list = read(HEADER_WITH_ORIGINS
                + "M-1,TEST,8482,RU;BY,,MONITOR,Basis,Bearings of Kazakh origin,2025-01-01,,KZ,\n"
                + "M-2,TEST,8482,RU;BY,,BAN,Basis,Bearings of coalition origin,2025-01-01,,DE; FR;AT,\n"
                + "M-3,TEST,8482,RU,,LICENCE,Basis,Bearings not made in Kazakhstan,2025-01-01,,,kz\n"
                + "M-4,TEST,8542,RU,,BAN,Basis,Chips of any origin,2025-01-01,,,\n");

        assertThat(list.measures()).extracting(GoodsMeasure::measureId, m -> codes(m.origins()), m -> codes(m.excludedOrigins()))
                .containsExactly(
                        tuple("M-1", List.of("KZ"), List.of()),
                        tuple("M-2", List.of("AT", "DE", "FR"), List.of()),
                        tuple("M-3", List.of(), List.of("KZ")),
                        tuple("M-4", List.of(), List.of()));
    }

    @Test
    void badOriginColumnsAreReportedRowByRow() {
        String csv = HEADER_WITH_ORIGINS
                + "M-1,TEST,8482,RU,,BAN,Basis,Label,2025-01-01,,DE,KZ\n"
                + "M-2,TEST,8482,RU,,BAN,Basis,Label,2025-01-01,,EU,\n"
                + "M-3,TEST,8482,RU,,BAN,Basis,Label,2025-01-01,,,KZ;\n"
                + "M-4,TEST,8482,RU,,BAN,Basis,Label,2025-01-01,\n"
                + "M-5,TEST,8482,RU,,BAN,Basis,Label,2025-01-01,,DE,\n";
        assertThat(problems(ListSource.GOODS_MEASURES, file("goods-measures.csv", csv))).containsExactly(
                "goods-measures.csv:5 has 10 fields; expected 12 fields (measure_id, list, hs_prefix, destinations,"
                        + " route_countries, measure, legal_basis, label, valid_from, valid_to, origins, excluded_origins)",
                "goods-measures.csv:2 Measure M-1 names both origins [DE] and excluded origins [KZ]: name the only origins"
                        + " it applies to, or the origins it excludes",
                "goods-measures.csv:3 'EU' is not an ISO 3166-1 alpha-2 country code (for example KZ, RU, CN)",
                "goods-measures.csv:4 excluded_origins 'KZ;' has an empty item between ';'");
    }

    private static List<String> codes(Set<CountryCode> countries) {
        return countries.stream().map(CountryCode::value).toList();
    }

    @Test
    void everyMalformedRowIsReportedWithItsLineCountingLineBreaksInsideQuotes() {
        String csv = HEADER + ROW
                + "M-2,TEST,8542,RU,,STOP,\"Basis\nover two lines\",Label,2025-01-01,\n"  // line 3
                + "M-3,TEST,8542,XX,,BAN,Basis,Label,2025-01-01,\n"                         // 5
                + "M-4,TEST,8542,RU;;BY,,BAN,Basis,Label,2025-01-01,\n"
                + "M-5,TEST,8542,RU,,BAN,Basis,Label,01.01.2025,\n"
                + "\n"
                + "M-6,TEST,8542,RU,,BAN,Basis,Label,2025-01-01,2024-01-01\n"               // 9
                + ROW
                + "M-7,TEST,85x2,RU,,BAN,Basis,Label,2025-01-01,\n"
                + "M-8,TEST,8542,RU,,BAN,Basis,Label,2025-01-01\n";
        assertThat(problems(ListSource.GOODS_MEASURES, file("goods-measures.csv", csv))).containsExactly(
                "goods-measures.csv:12 has 9 fields; expected 10 fields (measure_id, list, hs_prefix, destinations,"
                        + " route_countries, measure, legal_basis, label, valid_from, valid_to)",
                "goods-measures.csv:3 measure 'STOP' must be one of [MONITOR, LICENCE, BAN]",
                "goods-measures.csv:5 'XX' is not an ISO 3166-1 alpha-2 country code (for example KZ, RU, CN)",
                "goods-measures.csv:6 destinations 'RU;;BY' has an empty item between ';'",
                "goods-measures.csv:7 date '01.01.2025' must be written YYYY-MM-DD",
                "goods-measures.csv:9 Measure M-6 ends (2024-01-01) before it starts (2025-01-01)",
                "goods-measures.csv:10 measure_id 'M-1' is already used on line 2",
                "goods-measures.csv:11 HS prefix '85x2' of measure M-7 must be 4 to 10 digits");
    }

    @Test
    void filesThatAreNotTheGoodsCsvAreRefused() {
        assertThat(problems(ListSource.GOODS_MEASURES, file("goods-measures.csv", "id,list\nM-1,TEST\n")))
                .containsExactly("goods-measures.csv:1 header is id,list; the goods-measures CSV starts with measure_id,list,"
                        + "hs_prefix,destinations,route_countries,measure,legal_basis,label,valid_from,valid_to,origins,excluded_origins"
                        + " (the last two, origins and excluded_origins, may be left out)");
        assertThat(problems(ListSource.GOODS_MEASURES, file("goods.xml", "<?xml version=\"1.0\"?><export/>")))
                .singleElement().asString().startsWith("goods.xml:0 is XML, not the goods-measures CSV");
        assertThat(problems(ListSource.GOODS_MEASURES, file("goods-measures.csv", "\n\n")))
                .singleElement().asString().startsWith("goods-measures.csv:0 is empty; expected the header measure_id,");
        assertThat(problems(ListSource.GOODS_MEASURES))
                .containsExactly("GOODS_MEASURES:0 no file was uploaded");
    }
}
