package org.borderledger.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.screening.ListFiles.file;
import static org.borderledger.screening.ListFiles.problems;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.time.Duration;
import java.util.List;
import org.borderledger.consignment.api.BusinessIdentifier;
import org.borderledger.consignment.api.CountryCode;
import org.borderledger.screening.api.DeniedParty;
import org.borderledger.screening.api.ImportedList;
import org.borderledger.screening.api.ListBounds;
import org.borderledger.screening.api.ListSource;
import org.junit.jupiter.api.Test;

/** The EU Financial Sanctions File (XML), read as a stream, with fictitious entries. */
class EuSanctionsXmlTest {

    private static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2026-11-20T09:00:00.000+01:00" globalFileId="1">
            """;
    private static final String REGULATION = """
                <regulation regulationType="regulation" publicationDate="2026-11-01" programme="RUS" logicalId="1">
                  <publicationUrl>https://example.invalid/test</publicationUrl>
                </regulation>
            """;
    private static final String ENTERPRISE = """
              <sanctionEntity euReferenceNumber="EU.1.99" logicalId="7001" designationDate="2026-11-01">
                <remark>TEST DATA</remark>
            """ + REGULATION + """
                <subjectType code="enterprise" classificationCode="E"/>
                <nameAlias wholeName="Test Trading LLC" nameLanguage="" strong="false" logicalId="2">
                  <regulationSummary regulationType="regulation" programme="UKR" publicationDate="2014-03-17"/>
                </nameAlias>
                <nameAlias wholeName="ООО «Тест Трейдинг»" nameLanguage="RU" strong="true" logicalId="3"/>
                <nameAlias wholeName="" nameLanguage="" strong="false" logicalId="4"/>
                <identification identificationTypeCode="regnumber" number="1027700000002" countryIso2Code="RU" logicalId="5"/>
                <identification identificationTypeCode="tin" number="7700000002" countryIso2Code="RU" logicalId="6"/>
                <identification identificationTypeCode="passport" number="750000000" countryIso2Code="RU" logicalId="7"/>
                <identification identificationTypeCode="regnumber" number="123" countryIso2Code="00" logicalId="8"/>
                <address city="Almaty" countryIso2Code="KZ" logicalId="9"/>
              </sanctionEntity>
            """;
    private static final String PERSON = """
              <sanctionEntity euReferenceNumber="EU.2.99" logicalId="7002" designationDate="2026-11-01">
            """ + REGULATION + """
                <subjectType code="person" classificationCode="P"/>
                <nameAlias firstName="Pyotr" lastName="Testov" wholeName="Pyotr Testov" strong="false" logicalId="10"/>
                <nameAlias wholeName="Пётр Тестов" nameLanguage="RU" strong="false" logicalId="11"/>
                <citizenship countryIso2Code="00" logicalId="12"/>
                <citizenship countryIso2Code="RU" logicalId="13"/>
                <address countryIso2Code="KZ" logicalId="14"/>
              </sanctionEntity>
            """;
    private static final String TAIL = "</export>\n";

    private static ImportedList read(String xml) {
        return ListImports.read(ListSource.EU_FSF, List.of(file("eu.xml", xml)));
    }

    @Test
    void readsEntitiesWithTheStrongNameFirstCountriesIdentifiersAndProgramme() {
        ImportedList list = read(HEAD + ENTERPRISE + PERSON + TAIL);
        assertThat(list.parties()).containsExactly(
                new DeniedParty("EU-7001", "EU-FSF", "ООО «Тест Трейдинг»", List.of("Test Trading LLC"), CountryCode.of("KZ"),
                        List.of(id("RU", "1027700000002"), id("RU", "7700000002")), "RUS"),
                new DeniedParty("EU-7002", "EU-FSF", "Pyotr Testov", List.of("Пётр Тестов"), CountryCode.of("RU"), List.of(), "RUS"));
        assertThat(list.files()).singleElement().satisfies(f -> assertThat(f.name()).isEqualTo("eu.xml"));
    }

    @Test
    void everyMalformedEntityIsReportedWithItsLine() {
        String xml = HEAD + ENTERPRISE                                                        // lines 3-19
                + "  <sanctionEntity logicalId=\"7003\">\n"                                   // 20: no name, no regulation, no type
                + "  </sanctionEntity>\n"
                + ENTERPRISE                                                                  // 22: logicalId 7001 again
                + "  <sanctionEntity logicalId=\"x\">\n" + REGULATION                         // 39
                + "    <subjectType code=\"vessel\"/>\n    <nameAlias wholeName=\"A\" strong=\"true\"/>\n"
                + "  </sanctionEntity>\n"
                + "  <sanctionEntity logicalId=\"7005\">\n" + REGULATION                      // 46
                + "    <subjectType code=\"person\"/>\n    <nameAlias wholeName=\"B\" strong=\"true\"/>\n"
                + "    <citizenship countryIso2Code=\"XX\"/>\n  </sanctionEntity>\n"
                + TAIL;
        assertThat(problems(ListSource.EU_FSF, file("eu.xml", xml))).containsExactly(
                "eu.xml:20 sanctionEntity has no <nameAlias wholeName=...>",
                "eu.xml:20 sanctionEntity has no <regulation programme=...>",
                "eu.xml:20 sanctionEntity subjectType code 'null' is not person or enterprise",
                "eu.xml:22 sanctionEntity logicalId 7001 is already used on line 3",
                "eu.xml:39 sanctionEntity logicalId 'x' is not a whole number",
                "eu.xml:39 sanctionEntity subjectType code 'vessel' is not person or enterprise",
                "eu.xml:46 'XX' is not an ISO 3166-1 alpha-2 country code (for example KZ, RU, CN)");
    }

    @Test
    void namesAndAliasesPastTheirBoundAreRefusedWithTheEntryAndFieldAndNotQuoted() {
        String longName = "N".repeat(ListBounds.MAX_NAME + 1);
        String xml = HEAD + ENTERPRISE.replace("Test Trading LLC", longName)
                + PERSON.replace("Pyotr Testov", "P".repeat(50_000)) + TAIL;
        assertThat(problems(ListSource.EU_FSF, file("eu.xml", xml))).containsExactly(
                "eu.xml:0 entry EU-7001: alias 1 has 1001 characters; at most 1000 are allowed",
                "eu.xml:0 entry EU-7002: name has 50000 characters; at most 1000 are allowed");
    }

    @Test
    void aListPastItsNumberOfEntriesIsRefusedWhole() {
        StringBuilder xml = new StringBuilder(HEAD);
        for (int id = 1; id <= ListBounds.MAX_ENTRIES + 1; id++) {
            xml.append("<sanctionEntity logicalId=\"").append(id).append("\"><regulation programme=\"RUS\"/>")
                    .append("<subjectType code=\"person\"/><nameAlias wholeName=\"P").append(id).append("\"/></sanctionEntity>\n");
        }
        assertThat(problems(ListSource.EU_FSF, file("eu.xml", xml + TAIL)))
                .containsExactly("eu.xml:0 holds 100001 entries; a list may hold at most 100000");
    }

    @Test
    void filesThatAreNotTheEuFileAreRefused() {
        assertThat(problems(ListSource.EU_FSF, file("sdn.csv", "10001,\"TEST\",-0- ,\"RUSSIA-EO14024\"")))
                .containsExactly("sdn.csv:0 is not XML; the EU Financial Sanctions File is XML with root <export>"
                        + " (OFAC's CSV files are published as US_SDN)");
        assertThat(problems(ListSource.EU_FSF, file("eu.xml", "<export xmlns=\"urn:other\"></export>")))
                .containsExactly("eu.xml:0 has root <export> in namespace 'urn:other'; the EU Financial Sanctions File has"
                        + " <export> in namespace http://eu.europa.ec/fpi/fsd/export");
        assertThat(problems(ListSource.EU_FSF, file("eu.xml", "<sdnList xmlns=\"http://tempuri.org/sdnList.xsd\"/>")))
                .singleElement().asString().startsWith("eu.xml:0 has root <sdnList>");
        assertThat(problems(ListSource.EU_FSF, file("eu.xml", HEAD + TAIL)))
                .containsExactly("eu.xml:0 holds no <sanctionEntity>");
        assertThat(problems(ListSource.EU_FSF, file("eu.xml", HEAD + ENTERPRISE.replace("</sanctionEntity>", "") + TAIL)))
                .singleElement().asString().startsWith("eu.xml:20 is not well-formed XML: ");
        assertThat(problems(ListSource.EU_FSF, file("a.xml", HEAD + TAIL), file("b.xml", HEAD + TAIL)))
                .containsExactly("EU_FSF:0 EU_FSF is published as one file; 2 were uploaded");
    }

    @Test
    void aDoctypeIsRefusedSoNoExternalEntityIsEverRead() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE export [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <export xmlns="http://eu.europa.ec/fpi/fsd/export">&secret;</export>
                """;
        assertThat(problems(ListSource.EU_FSF, file("eu.xml", xxe)))
                .containsExactly("eu.xml:2 has a DOCTYPE; the EU file has none, and DTDs are not read");
    }

    @Test
    void twentyThousandEntitiesImportInSeconds() {
        StringBuilder xml = new StringBuilder(HEAD);
        for (int n = 1; n <= 20_000; n++) {
            xml.append("  <sanctionEntity euReferenceNumber=\"EU.").append(n).append(".99\" logicalId=\"").append(n).append("\">\n")
                    .append(REGULATION)
                    .append("    <subjectType code=\"enterprise\" classificationCode=\"E\"/>\n")
                    .append("    <nameAlias wholeName=\"Generated Test Enterprise ").append(n).append("\" strong=\"true\"/>\n")
                    .append("    <nameAlias wholeName=\"Generated ").append(n).append("\" strong=\"false\"/>\n")
                    .append("    <address countryIso2Code=\"").append(n % 2 == 0 ? "RU" : "BY").append("\"/>\n")
                    .append("  </sanctionEntity>\n");
        }
        ImportedList list = assertTimeout(Duration.ofSeconds(20), () -> read(xml.append(TAIL).toString()));
        assertThat(list.parties()).hasSize(20_000);
        assertThat(list.parties().get(12_344)).isEqualTo(new DeniedParty("EU-12345", "EU-FSF", "Generated Test Enterprise 12345",
                List.of("Generated 12345"), CountryCode.of("BY"), List.of(), "RUS"));
    }

    private static BusinessIdentifier id(String country, String value) {
        return new BusinessIdentifier(CountryCode.of(country), value);
    }
}
