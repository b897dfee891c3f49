package org.borderledger.consignment.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Declarations and screening hits are stored in events as JSON: they must come back equal. */
class JsonRoundTripTest {

    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    private static Declaration fullDeclaration() {
        GoodsLine laptops = new GoodsLine(2, HsCode.of("8471.30.0000"), "Portable computers\nmodel X, 14\"",
                new Quantity(new BigDecimal("20"), "pce"), Mass.kg("45.250"), Mass.kg("40.1"),
                new Money(new BigDecimal("18000.50"), CurrencyCode.of("EUR")), CountryCode.of("CN"));
        return Declarations.builder()
                .direction(Direction.TRANSIT)
                .reference("TR/2025.11_0042-A")
                .carrier(new Party("\u0422\u041e\u041e \u00AB\u0416\u043e\u043b\u00BB", CountryCode.of("KZ"),
                        new BusinessIdentifier(CountryCode.of("KZ"), "123456789013"), "Aktobe\nDepot 4"))
                .consignee(new Party("Romashka LLC", CountryCode.of("RU"),
                        new BusinessIdentifier(CountryCode.of("RU"), "7707083893"), null))
                .toDestination("RU")
                .via("KG", "CN")
                .transport(new Transport(TransportMode.RAIL, "kz 777 ab 02",
                        List.of(ContainerNumber.of("CSQU3054383"), ContainerNumber.of("KLMJ0000010"))))
                .goods(Declarations.goodsLine(), laptops)
                .build();
    }

    @Test
    void a_full_declaration_comes_back_equal() throws Exception {
        Declaration declaration = fullDeclaration();
        String json = mapper.writeValueAsString(declaration);
        assertThat(mapper.readValue(json, Declaration.class)).isEqualTo(declaration);
    }

    @Test
    void value_objects_are_written_as_plain_values() throws Exception {
        JsonNode json = mapper.valueToTree(fullDeclaration());
        JsonNode laptops = json.get("goods").get(1);
        assertThat(laptops.get("hsCode").asText()).isEqualTo("8471300000");
        assertThat(laptops.get("countryOfOrigin").asText()).isEqualTo("CN");
        assertThat(laptops.get("grossMass").decimalValue()).isEqualByComparingTo("45.250");
        assertThat(laptops.get("value").get("currency").asText()).isEqualTo("EUR");
        assertThat(laptops.get("quantity").get("unit").asText()).isEqualTo("PCE");
        assertThat(json.get("transport").get("containers").get(1).asText()).isEqualTo("KLMJ0000010");
        assertThat(json.get("routeCountries").get(0).asText()).isEqualTo("KG");
        assertThat(json.get("carrier").get("identifier").get("value").asText()).isEqualTo("123456789013");
    }

    @Test
    void derived_values_are_not_written() throws Exception {
        JsonNode json = mapper.valueToTree(Declarations.valid());
        assertThat(json.has("parties")).isFalse();
        assertThat(json.has("declarantKey")).isFalse();
        assertThat(json.get("goods").get(0).get("hsCode").isTextual()).isTrue();
    }

    @Test
    void a_declaration_without_carrier_or_route_comes_back_equal() throws Exception {
        Declaration declaration = Declarations.valid();
        assertThat(mapper.readValue(mapper.writeValueAsString(declaration), Declaration.class)).isEqualTo(declaration);
    }

    @Test
    void an_invalid_value_in_json_is_refused_with_its_field() throws Exception {
        String json = mapper.writeValueAsString(Declarations.valid()).replace("\"6109100000\"", "\"7700000000\"");
        assertThatThrownBy(() -> mapper.readValue(json, Declaration.class))
                .isInstanceOf(ValueInstantiationException.class)
                .rootCause()
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("chapter 77");
    }

    @Test
    void screening_hits_keep_their_kind() throws Exception {
        List<ScreeningHit> hits = List.of(
                new ScreeningHit.GoodsHit(2, "8471300000", "EU CHPL", "CHPL-8471", "8471", Measure.LICENCE,
                        "Council Regulation (EU) 833/2014, Annex XXIII", "RU", true, "Tier 3: computers",
                        new OriginCondition("DE", List.of("AT", "DE"), List.of())),
                new ScreeningHit.GoodsHit(1, "8542310000", "KZ export ban", "KZ-BAN-1", "854231", Measure.BAN,
                        "Order 123 (fictitious)", "BY", false, "Integrated circuits", null),
                new ScreeningHit.PartyHit(PartyRole.CONSIGNEE, "Romashka LLC", "SDN", "SDN-99999",
                        "OOO ROMASHKA", "ROMASHKA", "RUSSIA-EO14024", "NAME", 0.97, MatchBand.MATCH, "ab".repeat(32),
                        "romashka llc", List.of(new MatchedWord("Romashka", "ROMASHKA", "SAME"),
                        new MatchedWord("LLC", "", "LEGAL_FORM"))));
        String json = mapper.writerFor(new TypeReference<List<ScreeningHit>>() { }).writeValueAsString(hits);

        JsonNode tree = mapper.readTree(json);
        assertThat(tree.get(0).get("kind").asText()).isEqualTo("GOODS");
        assertThat(tree.get(2).get("kind").asText()).isEqualTo("PARTY");
        assertThat(tree.get(0).has("channel")).isFalse();

        List<ScreeningHit> back = mapper.readValue(json, new TypeReference<List<ScreeningHit>>() { });
        assertThat(back).isEqualTo(hits);
        assertThat(back.get(0)).isInstanceOf(ScreeningHit.GoodsHit.class);
        assertThat(back.get(2)).isInstanceOf(ScreeningHit.PartyHit.class);
        assertThat(back).extracting(ScreeningHit::channel).containsExactly(Channel.RED, Channel.RED, Channel.RED);
        assertThat(back).extracting(ScreeningHit::requiresHold).containsExactly(false, true, true);
    }

    @Test
    void a_goods_hit_stored_before_origin_conditions_reads_as_a_measure_of_any_origin() throws Exception {
        String stored = "{\"kind\":\"GOODS\",\"lineNumber\":1,\"hsCode\":\"8482100000\",\"listName\":\"EU-CHPL\","
                + "\"entryId\":\"CHPL-848210-RUBY\",\"hsPrefix\":\"848210\",\"measure\":\"LICENCE\","
                + "\"legalBasis\":\"basis\",\"country\":\"RU\",\"viaRoute\":false,\"label\":\"bearings\"}";
        ScreeningHit.GoodsHit hit = (ScreeningHit.GoodsHit) mapper.readValue(stored, ScreeningHit.class);
        assertThat(hit.entryId()).isEqualTo("CHPL-848210-RUBY");
        assertThat(hit.originCondition()).isNull();
    }

    @Test
    void a_single_screening_hit_comes_back_as_its_subtype() throws Exception {
        ScreeningHit hit = new ScreeningHit.GoodsHit(1, "8471300000", "EU CHPL", "CHPL-8471", "8471", Measure.MONITOR,
                "basis", "RU", false, "label", new OriginCondition("CN", List.of(), List.of("KZ")));
        String json = mapper.writeValueAsString(hit);
        assertThat(mapper.readTree(json).get("kind").asText()).isEqualTo("GOODS");
        assertThat(mapper.readValue(json, ScreeningHit.class)).isEqualTo(hit);
        assertThat(mapper.readValue(json, ScreeningHit.GoodsHit.class)).isEqualTo(hit);
        assertThat(hit.channel()).isEqualTo(Channel.YELLOW);
    }

    @Test
    void a_screened_event_with_hits_comes_back_equal() throws Exception {
        ConsignmentScreenedEvent event = new ConsignmentScreenedEvent("c-1", ScreeningTrigger.DECLARATION, "2025-11-01",
                List.of(new ScreeningHit.PartyHit(PartyRole.DECLARANT, "X", "EU FSF", "EU.1.2", "X", "X", "P", "IDENTIFIER", 1.0,
                        MatchBand.MATCH, null, null, List.of())),
                Channel.RED, false, null, Channel.RED, ConsignmentStatus.values()[0], ConsignmentStatus.values()[0]);
        String json = mapper.writeValueAsString(event);
        assertThat(mapper.readValue(json, ConsignmentScreenedEvent.class)).isEqualTo(event);
    }

    /** A hit stored before bands existed has neither band nor hash: it held the goods, so it reads as MATCH. */
    @Test
    void a_party_hit_stored_before_bands_reads_as_a_match() throws Exception {
        String stored = """
                {"kind":"PARTY","role":"CONSIGNEE","declaredName":"Romashka LLC","listName":"SDN","entryId":"SDN-90001",
                 "listedName":"Romashka Trading LLC","matchedName":"OOO Romashka","programme":"RUSSIA-EO14024",
                 "matchedOn":"NAME","score":0.97}""";

        ScreeningHit.PartyHit hit = (ScreeningHit.PartyHit) mapper.readValue(stored, ScreeningHit.class);

        assertThat(hit.band()).isEqualTo(MatchBand.MATCH);
        assertThat(hit.requiresHold()).isTrue();
        assertThat(hit.channel()).isEqualTo(Channel.RED);
        assertThat(hit.entryHash()).isNull();
        assertThat(hit.declaredParty()).isNull();
    }

    @Test
    void a_screened_event_stored_before_thresholds_reads_with_nothing_suppressed() throws Exception {
        String stored = """
                {"consignmentId":"c-1","trigger":"DECLARATION","listVersion":"2026.11-1","hits":[],
                 "screenedChannel":"GREEN","randomlySelected":false,"previousChannel":null,"channel":"GREEN",
                 "clearance":"CLEARED","status":"CLEARED"}""";

        ConsignmentScreenedEvent event = mapper.readValue(stored, ConsignmentScreenedEvent.class);

        assertThat(event.nameMatchThresholds()).isNull();
        assertThat(event.suppressedHits()).isEmpty();
    }

    @Test
    void possible_match_events_come_back_equal() throws Exception {
        ScreeningHit.PartyHit hit = new ScreeningHit.PartyHit(PartyRole.CONSIGNEE, "Romashka Trade LLC", "SDN",
                "SDN-90001", "Romashka Trading LLC", "Romashka Trading LLC", "RUSSIA-EO14024", "NAME", 0.87,
                MatchBand.POSSIBLE, "ab".repeat(32), "romashka trade llc", List.of());
        ConsignmentScreenedEvent screened = new ConsignmentScreenedEvent("c-1", ScreeningTrigger.LIST_PUBLISHED,
                "2026.12-1", List.of(), Channel.GREEN, false, Channel.YELLOW, Channel.YELLOW,
                ConsignmentStatus.CLEARED, ConsignmentStatus.CLEARED, new NameMatchThresholds(0.92, 0.8),
                List.of(new SuppressedHit(hit, RememberedDecision.of(hit, RememberedDecision.Kind.DISMISSED, 3))));
        PossibleMatchDismissedEvent dismissed = new PossibleMatchDismissedEvent("c-1", hit, "Other firm",
                ConsignmentStatus.CLEARED);
        PossibleMatchConfirmedEvent confirmed = new PossibleMatchConfirmedEvent("c-1", hit, "MATCH-1",
                ConsignmentStatus.CLEARED);

        assertThat(mapper.readValue(mapper.writeValueAsString(screened), ConsignmentScreenedEvent.class)).isEqualTo(screened);
        assertThat(mapper.readValue(mapper.writeValueAsString(dismissed), PossibleMatchDismissedEvent.class))
                .isEqualTo(dismissed);
        assertThat(mapper.readValue(mapper.writeValueAsString(confirmed), PossibleMatchConfirmedEvent.class))
                .isEqualTo(confirmed);
    }
}
