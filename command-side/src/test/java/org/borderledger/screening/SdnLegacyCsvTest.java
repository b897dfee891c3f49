package org.borderledger.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.screening.ListFiles.file;
import static org.borderledger.screening.ListFiles.problems;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.borderledger.consignment.api.BusinessIdentifier;
import org.borderledger.consignment.api.CountryCode;
import org.borderledger.screening.api.DeniedParty;
import org.borderledger.screening.api.ImportedList;
import org.borderledger.screening.api.ListFile;
import org.borderledger.screening.api.ListSource;
import org.junit.jupiter.api.Test;

/** OFAC's SDN legacy CSV files (sdn.csv, alt.csv, add.csv) as Treasury publishes them, with fictitious entries. */
class SdnLegacyCsvTest {

    private static final String NULLS_7 = "-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ";
    private static final String SDN = String.join("\r\n",
            "10001,\"PRIMEROVA TEST TRADING LLC\",-0- ,\"UKRAINE-EO13662] [RUSSIA-EO14024\"," + NULLS_7 + ",\"Tax ID No. 7700000001"
                    + " (Russia); Registration Number 1027700000001 (Russia); Business Registration Number 190540001230 (Kazakhstan).\"",
            "10002,\"OBRAZTSOV, Pyotr\",\"individual\",\"RUSSIA-EO14024\"," + NULLS_7 + ",\"DOB 14 Mar 1971; nationality Russia.\"",
            "10003,\"TEST STAR\",\"vessel\",\"RUSSIA-EO14024\",-0- ,\"UBC123\",\"Crude Oil Tanker\",-0- ,-0- ,\"Gabon\",\"Test Shipping\","
                    + "\"Vessel Registration Identification IMO 9999999.\"",
            "\u001A");
    private static final String ALT = String.join("\r\n",
            "10001,501,\"aka\",\"OOO PRIMEROVA\",-0- ",
            "10001,502,\"fka\",\"PRIMEROVA TORGOVLYA\",-0- ",
            "10002,503,\"aka\",\"OBRAZTSOV, Petr\",-0- ",
            "\u001A");
    private static final String ADD = String.join("\r\n",
            "10001,601,\"1 Test Street\",\"Moscow 101000\",\"Russia\",-0- ",
            "10002,602,-0- ,\"Almaty\",\"Kazakhstan\",-0- ",
            "10003,603,-0- ,-0- ,\"Undetermined\",-0- ",
            "\u001A");

    private static ImportedList read(String sdn, String alt, String add) {
        return ListImports.read(ListSource.US_SDN, List.of(file("sdn.csv", sdn), file("alt.csv", alt), file("add.csv", add)));
    }

    @Test
    void readsEntriesWithAliasesCountriesIdentifiersAndProgrammes() {
        ImportedList list = read(SDN, ALT, ADD);
        assertThat(list.source()).isEqualTo(ListSource.US_SDN);
        assertThat(list.measures()).isEmpty();
        assertThat(list.parties()).containsExactly(
                new DeniedParty("SDN-10001", "US-SDN", "PRIMEROVA TEST TRADING LLC", List.of("OOO PRIMEROVA", "PRIMEROVA TORGOVLYA"),
                        CountryCode.of("RU"), List.of(id("RU", "7700000001"), id("RU", "1027700000001"), id("KZ", "190540001230")),
                        "UKRAINE-EO13662; RUSSIA-EO14024"),
                new DeniedParty("SDN-10002", "US-SDN", "OBRAZTSOV, Pyotr", List.of("OBRAZTSOV, Petr"), CountryCode.of("KZ"),
                        List.of(), "RUSSIA-EO14024"),
                new DeniedParty("SDN-10003", "US-SDN", "TEST STAR", List.of(), null, List.of(), "RUSSIA-EO14024"));
        assertThat(list.files()).extracting(f -> f.name() + " " + f.bytes())
                .containsExactly("sdn.csv " + bytes(SDN), "alt.csv " + bytes(ALT), "add.csv " + bytes(ADD));
    }

    @Test
    void filesWithoutTheEndOfFileMarkAndWithLineFeedsOnlyReadTheSame() {
        String sdn = SDN.replace("\r\n\u001A", "").replace("\r\n", "\n");
        assertThat(read(sdn, ALT.replace("\u001A", ""), ADD).parties()).isEqualTo(read(SDN, ALT, ADD).parties());
    }

    @Test
    void everyMalformedRowIsReportedWithItsFileAndLine() {
        String sdn = String.join("\n",
                "10001,\"GOOD TEST LLC\",-0- ,\"RUSSIA-EO14024\"," + NULLS_7 + ",-0- ",
                "X12,\"BAD NUMBER LLC\",-0- ,\"RUSSIA-EO14024\"," + NULLS_7 + ",-0- ",
                "10003,-0- ,-0- ,\"RUSSIA-EO14024\"," + NULLS_7 + ",-0- ",
                "10004,\"SHORT ROW LLC\",-0- ,\"RUSSIA-EO14024\",-0- ",
                "10005,\"WRONG TYPE LLC\",\"company\",-0- ," + NULLS_7 + ",-0- ",
                "10001,\"TWICE LLC\",-0- ,\"RUSSIA-EO14024\"," + NULLS_7 + ",-0- ",
                "10007,\"BAD BIN LLC\",-0- ,\"RUSSIA-EO14024\"," + NULLS_7 + ",\"Business Registration Number 190540001231 (Kazakhstan).\"");
        String alt = "10001,501,\"aka\",\"GOOD\",-0- \n99999,502,\"aka\",\"NOBODY\",-0- \n10001,503,\"alias\",\"OTHER\",-0- \n";
        String add = "10001,601,-0- ,-0- ,\"Russia\",-0- \n10001,601,-0- ,-0- ,\"Russia\",-0- \n";
        assertThat(problems(ListSource.US_SDN, file("sdn.csv", sdn), file("alt.csv", alt), file("add.csv", add))).containsExactly(
                "sdn.csv:4 has 5 fields; expected 12 fields (ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type,"
                        + " Tonnage, GRT, Vess_flag, Vess_owner, Remarks)",
                "sdn.csv:2 ent_num 'X12' is not a whole number",
                "sdn.csv:3 SDN_Name is empty",
                "sdn.csv:5 SDN_Type 'company' is not individual, vessel, aircraft or -0- (an entity)",
                "sdn.csv:5 Program is empty",
                "sdn.csv:6 ent_num 10001 is already used on line 1",
                "sdn.csv:7 Remarks: Kazakh BIN/IIN '190540001231' has control digit 1 but its first 11 digits give 0",
                "alt.csv:2 ent_num 99999 is not in sdn.csv",
                "alt.csv:3 alt_type 'alias' is not aka, fka or nka",
                "add.csv:2 add_num 601 is already used on line 1");
    }

    @Test
    void aBrokenQuoteIsReportedAtItsLine() {
        String sdn = SDN.replace("\"OBRAZTSOV, Pyotr\"", "\"OBRAZTSOV, Pyotr\" Jr\"");
        assertThat(problems(ListSource.US_SDN, file("sdn.csv", sdn), file("alt.csv", ALT), file("add.csv", ADD)))
                .singleElement().asString().startsWith("sdn.csv:2 is not well-formed CSV from here on: Invalid character between");
        String unclosed = ADD.replace("\"Undetermined\"", "\"Undetermined");
        assertThat(problems(ListSource.US_SDN, file("sdn.csv", SDN), file("alt.csv", ALT), file("add.csv", unclosed)))
                .containsExactly("add.csv:4 is not well-formed CSV from here on: (startline 3) EOF reached before encapsulated token finished;"
                        + " quote a field that holds a comma, quote or line break, and double a quote inside it");
    }

    @Test
    void filesThatAreNotTheSdnSetAreRefusedWithoutReadingRows() {
        assertThat(problems(ListSource.US_SDN, file("sdn.csv", "<?xml version=\"1.0\"?><export/>"), file("alt.csv", ALT),
                file("add.csv", ADD)))
                .containsExactly("sdn.csv:0 is XML, not OFAC's legacy CSV; an EU Financial Sanctions File is published as EU_FSF");
        assertThat(problems(ListSource.US_SDN, file("sdn.csv", ALT), file("alt.csv", ALT), file("add.csv", ADD)))
                .containsExactly("sdn.csv:0 is not sdn.csv as published: line 1 has 5 fields, sdn.csv has 12 fields (ent_num,"
                        + " SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks)");
        assertThat(problems(ListSource.US_SDN, file("sdn.csv", SDN), file("alt.csv", ALT), file("sdn_comments.csv", "1,\"x\"")))
                .containsExactly("sdn_comments.csv:0 is not one of the SDN legacy CSV files; upload sdn.csv, alt.csv and add.csv",
                        "add.csv:0 is missing: the SDN list is published as sdn.csv, alt.csv and add.csv of one release");
        assertThat(problems(ListSource.US_SDN, file("sdn.csv", SDN), file("alt.csv", ALT), file("ALT.CSV", ALT), file("add.csv", ADD)))
                .containsExactly("ALT.CSV:0 was uploaded twice");
        assertThat(problems(ListSource.US_SDN, file("sdn.csv", ""), file("alt.csv", ALT), file("add.csv", ADD)))
                .containsExactly("sdn.csv:0 is empty");
        assertThat(problems(ListSource.US_SDN, file("sdn.csv", "\u001A"), file("alt.csv", ALT), file("add.csv", ADD)))
                .containsExactly("sdn.csv:0 is empty");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAtTheLineOfItsFirstBadByte() {
        byte[] latin1 = SDN.replace("OBRAZTSOV", "OBRAZTSOVÉ").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(problems(ListSource.US_SDN, new ListFile("sdn.csv", latin1), file("alt.csv", ALT), file("add.csv", ADD)))
                .containsExactly("sdn.csv:2 is not UTF-8: byte 0xC9 cannot start or continue a UTF-8 character; save the file as UTF-8");
    }

    @Test
    void twentyThousandEntriesWithAliasesAndAddressesImportInSeconds() {
        StringBuilder sdn = new StringBuilder();
        StringBuilder alt = new StringBuilder();
        StringBuilder add = new StringBuilder();
        for (int n = 1; n <= 20_000; n++) {
            sdn.append(n).append(",\"GENERATED TEST ENTITY ").append(n).append(" LLC\",-0- ,\"RUSSIA-EO14024\",").append(NULLS_7)
                    .append(",\"Tax ID No. ").append(7_700_000_000L + n).append(" (Russia).\"\r\n");
            alt.append(n).append(',').append(n).append(",\"aka\",\"GENERATED ").append(n).append("\",-0- \r\n");
            add.append(n).append(',').append(n).append(",-0- ,\"Moscow\",\"").append(n % 2 == 0 ? "Russia" : "Belarus")
                    .append("\",-0- \r\n");
        }
        ImportedList list = assertTimeout(Duration.ofSeconds(20),
                () -> read(sdn.append('\u001A').toString(), alt.toString(), add.toString()));
        assertThat(list.parties()).hasSize(20_000);
        assertThat(list.parties().get(12_344)).isEqualTo(new DeniedParty("SDN-12345", "US-SDN", "GENERATED TEST ENTITY 12345 LLC",
                List.of("GENERATED 12345"), CountryCode.of("BY"), List.of(id("RU", "7700012345")), "RUSSIA-EO14024"));
    }

    private static BusinessIdentifier id(String country, String value) {
        return new BusinessIdentifier(CountryCode.of(country), value);
    }

    private static long bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
