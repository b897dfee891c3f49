package org.borderledger.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.borderledger.consignment.api.Declarations.goodsLines;
import static org.borderledger.consignment.api.Declarations.party;

import java.time.LocalDate;
import java.util.List;
import org.borderledger.consignment.api.Channel;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.MatchBand;
import org.borderledger.consignment.api.PartyRole;
import org.borderledger.consignment.api.ScreeningHit.PartyHit;
import org.borderledger.consignment.api.ScreeningHit;
import org.borderledger.screening.api.DeniedParty;
import org.junit.jupiter.api.Test;

/** Party screening against the shipped (fictitious) denied-party list. */
class ScreenerPartiesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final ScreeningLists SHIPPED = ShippedLists.asVersion(ShippedLists.VERSION);

    private final Screener screener = new Screener();

    private ScreeningOutcome screen(Declarations.Builder declaration) {
        return screener.screen("CONS-1", declaration.build(), SHIPPED, TODAY, RandomCheckPolicy.NONE);
    }

    private static List<PartyHit> partyHits(ScreeningOutcome outcome) {
        return outcome.hits().stream().filter(PartyHit.class::isInstance).map(PartyHit.class::cast).toList();
    }

    @Test
    void consigneeWrittenInCyrillicWithQuotesIsFoundAndHeld() {
        ScreeningOutcome outcome = screen(Declarations.builder().toDestination("RU").consignee(party("ООО «Ромашка»", "RU")));
        assertThat(partyHits(outcome)).singleElement().satisfies(hit -> {
            assertThat(hit.role()).isEqualTo(PartyRole.CONSIGNEE);
            assertThat(hit.declaredName()).isEqualTo("ООО «Ромашка»");
            assertThat(hit.entryId()).isEqualTo("SDN-90001");
            assertThat(hit.listName()).isEqualTo("US-SDN");
            assertThat(hit.listedName()).isEqualTo("Romashka Trading LLC");
            assertThat(hit.matchedName()).isEqualTo("ООО Ромашка");
            assertThat(hit.programme()).isEqualTo("RUSSIA-EO14024 (TEST DATA)");
            assertThat(hit.matchedOn()).isEqualTo("NAME");
            assertThat(hit.score()).isEqualTo(1.0);
        });
        assertThat(outcome.channel()).isEqualTo(Channel.RED);
        assertThat(outcome.requiresHold()).isTrue();
    }

    @Test
    void latinLegalFormVariantAndWordOrderFindTheSameEntry() {
        for (String name : List.of("Romashka LLC", "OOO Romashka", "ROMASHKA TRADING, L.L.C.", "Trading Romashka Limited")) {
            assertThat(partyHits(screen(Declarations.builder().consignee(party(name, "RU")))))
                    .as(name).extracting(PartyHit::entryId).containsExactly("SDN-90001");
        }
    }

    @Test
    void kazakhCompanyWrittenWithRussianLettersIsFound() {
        ScreeningOutcome outcome = screen(Declarations.builder().exporter(party("ТОО \"Курылыс Оним Коры\"", "KZ")));
        assertThat(partyHits(outcome)).extracting(PartyHit::role, PartyHit::entryId, PartyHit::matchedOn)
                .containsExactly(tuple(PartyRole.EXPORTER, "SDN-90005", "NAME"));
    }

    @Test
    void identifierFindsARenamedCompany() {
        ScreeningOutcome outcome = screen(Declarations.builder().declarant(party("Zhana Dala Customs Services", "KZ", "190540001230")));
        assertThat(partyHits(outcome)).singleElement().satisfies(hit -> {
            assertThat(hit.role()).isEqualTo(PartyRole.DECLARANT);
            assertThat(hit.entryId()).isEqualTo("SDN-90005");
            assertThat(hit.matchedOn()).isEqualTo("IDENTIFIER");
            assertThat(hit.matchedName()).isEqualTo("KZ:190540001230");
            assertThat(hit.score()).isEqualTo(1.0);
        });
    }

    @Test
    void differentBinOfTheSameCountryKeepsANearMissNameFromHoldingTheGoods() {
        // "Kurylis Onim Kory" scores above 0.92 but below 0.98 against the listed name
        double score = new PartyMatcher().similarity("Kurylis Onim Kory", "Kurylys Onim Kory LLP");
        assertThat(score).isBetween(PartyMatcher.DEFAULT_THRESHOLD, PartyMatcher.DIFFERENT_IDENTIFIER_THRESHOLD);
        assertThat(partyHits(screen(Declarations.builder().exporter(party("Kurylis Onim Kory", "KZ"))))).hasSize(1);
        assertThat(partyHits(screen(Declarations.builder().exporter(party("Kurylis Onim Kory", "KZ", "210340007774")))))
                .extracting(PartyHit::band).containsExactly(MatchBand.POSSIBLE);
        assertThat(partyHits(screen(Declarations.builder().exporter(party("Kurylys Onim Kory", "KZ", "210340007774")))))
                .extracting(PartyHit::matchedOn).containsExactly("NAME_IDENTIFIER_DIFFERS");
    }

    @Test
    void personsMatchInEitherScriptAndOrder() {
        assertThat(partyHits(screen(Declarations.builder().declarant(party("Primerov Ivan", "RU"))))).extracting(PartyHit::entryId)
                .containsExactly("SDN-90003");
        assertThat(partyHits(screen(Declarations.builder().declarant(party("Образцова Анна", "RU"))))).extracting(PartyHit::entryId)
                .containsExactly("SDN-90004");
        assertThat(partyHits(screen(Declarations.builder().declarant(party("Galym Primer Sergeev", "KZ"))))).extracting(PartyHit::entryId)
                .containsExactly("EU-90014");
    }

    @Test
    void hitsFollowGoodsThenRoleOrderAndTheSamePartyInTwoRolesIsReportedTwice() {
        ScreeningOutcome outcome = screen(Declarations.builder().toDestination("RU").goods(goodsLines("940360", "870324"))
                .declarant(party("Sample Gulf Transit", "AE"))
                .consignee(party("Romashka LLC", "RU"))
                .carrier(party("Sample Gulf Transit Shipping FZE", "AE")));
        assertThat(outcome.hits()).extracting(h -> h instanceof ScreeningHit.GoodsHit g ? "GOODS " + g.lineNumber()
                        : "PARTY " + ((PartyHit) h).role() + " " + ((PartyHit) h).entryId())
                .containsExactly("GOODS 2", "PARTY DECLARANT EU-90009", "PARTY CONSIGNEE SDN-90001",
                        "PARTY CARRIER EU-90009");
    }

    @Test
    void cleanPartiesAndNearMissesGiveNoPartyHit() {
        ScreeningOutcome outcome = screen(Declarations.builder()
                .declarant(party("Romaska Agro", "KZ"))
                .exporter(party("Kvazar Components Almaty", "KZ"))
                .consignee(party("Ivan Petrov", "RU"))
                .carrier(party("Sample Golf Transport", "KZ")));
        assertThat(outcome.hits()).isEmpty();
        assertThat(outcome.channel()).isEqualTo(Channel.GREEN);
    }

    @Test
    void replayGivesAnEqualOutcome() {
        Declarations.Builder declaration = Declarations.builder().toDestination("KG").via("RU").goods(goodsLines("854231", "847150"))
                .consignee(party("ООО Ромашка", "RU"));
        RandomCheckPolicy policy = new RandomCheckPolicy(0.3, 0.3);
        ScreeningOutcome first = screener.screen("C-9", declaration.build(), SHIPPED, TODAY, policy);
        ScreeningOutcome again = new Screener().screen("C-9", declaration.build(), ShippedLists.asVersion(ShippedLists.VERSION), TODAY, policy);
        assertThat(again).isEqualTo(first);
    }

    @Test
    void theIndexFindsNamesWrittenTogetherOrApart() {
        DeniedParty listed = new DeniedParty("P-1", "TEST", "Ak-Bulak Trans LLP", List.of(), null, List.of(), "TEST");
        ScreeningLists lists = ScreeningLists.of("t-1", List.of(), List.of(listed));
        ScreeningOutcome outcome = screener.screen("C-1", Declarations.withConsignee(party("Akbulak Trans", "KZ")),
                lists, TODAY, RandomCheckPolicy.NONE);
        assertThat(partyHits(outcome)).extracting(PartyHit::entryId, PartyHit::score).containsExactly(tuple("P-1", 1.0));
    }

    @Test
    void listsNeverKeepAnIndexBuiltForOtherParties() {
        DeniedParty romashka = new DeniedParty("P-1", "TEST", "Romashka Trading", List.of(), null, List.of(), "TEST");
        DeniedParty other = new DeniedParty("P-2", "TEST", "Other Name", List.of(), null, List.of(), "TEST");
        ScreeningLists lists = new ScreeningLists("t-1", List.of(), List.of(romashka), DeniedPartyIndex.of(List.of(other)));
        assertThat(lists.partyIndex().parties()).containsExactly(romashka);
        assertThat(lists).isEqualTo(ScreeningLists.of("t-1", List.of(), List.of(romashka)));
    }
}
