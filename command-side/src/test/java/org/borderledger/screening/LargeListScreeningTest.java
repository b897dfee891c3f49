package org.borderledger.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.borderledger.consignment.api.Declarations.goodsLine;
import static org.borderledger.consignment.api.Declarations.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.borderledger.consignment.api.BusinessIdentifier;
import org.borderledger.consignment.api.CountryCode;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.GoodsLine;
import org.borderledger.consignment.api.MatchBand;
import org.borderledger.consignment.api.Measure;
import org.borderledger.consignment.api.Party;
import org.borderledger.consignment.api.PartyRole;
import org.borderledger.consignment.api.ScreeningHit.GoodsHit;
import org.borderledger.consignment.api.ScreeningHit.PartyHit;
import org.borderledger.screening.api.DeniedParty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A full-size denied-party list (20,000 generated entries with planted targets and near misses):
 * the index must return exactly what comparing every entry returns. Correctness only; no timing.
 */
class LargeListScreeningTest {

    private static final String[] SYLLABLES = {"ka", "ra", "to", "mi", "zu", "ba", "len", "dor", "vik", "sha", "nur",
            "tal", "gor", "ve", "bek", "sar", "lan", "ty", "mur", "ol", "an", "er", "is", "ko", "pa", "de", "fin", "gal",
            "hov", "jul", "zhan", "tem", "ir", "ul", "sen", "pol"};
    private static final String[] GENERIC = {"Trading", "Logistics", "Group", "Holding", "Industries", "Export",
            "Transit", "Systems", "Technologies", "Components"};
    private static final String[] FORMS = {"LLC", "TOO", "GmbH", "OOO", "JSC", "Ltd", "", "", ""};

    private static List<DeniedParty> entries;
    private static ScreeningLists lists;
    private static final PartyMatcher MATCHER = new PartyMatcher();

    @BeforeAll
    static void generate() {
        Random random = new Random(20261120L);
        List<String> words = new ArrayList<>(new LinkedHashSet<>(randomWords(random, 4_000)));
        entries = new ArrayList<>();
        entries.add(new DeniedParty("TARGET-1", "GEN", "Romashka Trading LLC", List.of("ООО Ромашка"), CountryCode.of("RU"), List.of(), "TEST"));
        entries.add(new DeniedParty("TARGET-2", "GEN", "Kurylys Onim Kory LLP", List.of(), CountryCode.of("KZ"),
                List.of(new BusinessIdentifier(CountryCode.of("KZ"), "190540001230")), "TEST"));
        entries.add(new DeniedParty("TARGET-3", "GEN", "Obraztsova Anna", List.of(), CountryCode.of("RU"), List.of(), "TEST"));
        entries.add(new DeniedParty("TARGET-4", "GEN", "Sample Gulf Transit FZE", List.of("Sample Gulf Transit Shipping"), null, List.of(), "TEST"));
        entries.add(new DeniedParty("TARGET-5", "GEN", "Zaytsev Sergey Petrovich", List.of("Зайцев Сергей Петрович"), null, List.of(), "TEST"));
        // near misses of the targets, which must not be reported
        entries.add(new DeniedParty("NEAR-1", "GEN", "Romaska Agro Trading", List.of(), null, List.of(), "TEST"));
        entries.add(new DeniedParty("NEAR-2", "GEN", "Kurilis Onim", List.of(), null, List.of(), "TEST"));
        entries.add(new DeniedParty("NEAR-3", "GEN", "Sample Golf Transport", List.of(), null, List.of(), "TEST"));
        entries.add(new DeniedParty("NEAR-4", "GEN", "Obraztsov Anatoly", List.of(), null, List.of(), "TEST"));
        while (entries.size() < 20_000) {
            int n = entries.size();
            String name;
            List<String> aliases = new ArrayList<>();
            if (random.nextInt(10) < 6) {
                String core = cap(pick(random, words)) + (random.nextBoolean() ? " " + cap(pick(random, words)) : "");
                name = core + (random.nextInt(3) == 0 ? " " + pick(random, GENERIC) : "") + " " + pick(random, FORMS);
                if (random.nextInt(4) == 0) {
                    aliases.add(core + " " + pick(random, GENERIC));
                }
            } else {
                String first = cap(pick(random, words));
                String last = cap(pick(random, words)) + (random.nextBoolean() ? "ov" : "enko");
                name = first + " " + last;
                if (random.nextInt(3) == 0) {
                    aliases.add(last + " " + first);
                }
            }
            entries.add(new DeniedParty("GEN-" + n, "GEN", name.strip(), aliases, null, List.of(), "TEST"));
        }
        lists = ScreeningLists.of("gen-1", ShippedLists.asVersion(ShippedLists.VERSION).goodsMeasures(), entries);
    }

    private static List<String> randomWords(Random random, int count) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder w = new StringBuilder();
            int syllables = 2 + random.nextInt(3);
            for (int s = 0; s < syllables; s++) {
                w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            words.add(w.toString());
        }
        return words;
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String cap(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    @Test
    void listIsFullSize() {
        assertThat(lists.deniedParties()).hasSize(20_000);
        assertThat(lists.partyIndex().nameCount()).isGreaterThan(20_000);
    }

    @Test
    void fiftyLineDeclarationWithEveryRoleGetsExactlyTheExpectedHits() {
        List<GoodsLine> lines = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            lines.add(goodsLine(i + 1, i % 10 == 0 ? "8542310000" : i % 10 == 5 ? "870380" : "940360"));
        }
        Declaration d = Declarations.builder().toDestination("KG").via("KZ", "RU")
                .declarant(party("Clean Customs Broker", "KZ"))
                .exporter(party("Completely Renamed Partnership", "KZ", "190540001230"))
                .consignee(party("OOO «Ромашка»", "RU"))
                .carrier(party("SAMPLE GULF TRANSIT SHIPPING FZE", "AE"))
                .goods(lines)
                .build();
        ScreeningOutcome outcome = new Screener().screen("BIG-1", d, lists, LocalDate.of(2026, 11, 20), RandomCheckPolicy.NONE);

        List<GoodsHit> goods = outcome.hits().stream().filter(GoodsHit.class::isInstance).map(GoodsHit.class::cast).toList();
        assertThat(goods).hasSize(5 * 3 + 5);
        assertThat(goods).filteredOn(g -> g.lineNumber() == 1).extracting(GoodsHit::entryId, GoodsHit::country, GoodsHit::viaRoute)
                .containsExactly(tuple("CHPL-854231-MON", "KG", false), tuple("CHPL-854231-RUBY", "RU", true),
                        tuple("KZBAN-854231", "RU", true));
        assertThat(goods).filteredOn(g -> g.lineNumber() == 6).extracting(GoodsHit::entryId, GoodsHit::measure)
                .containsExactly(tuple("KZBAN-870380", Measure.BAN));

        List<PartyHit> parties = outcome.hits().stream().filter(PartyHit.class::isInstance).map(PartyHit.class::cast).toList();
        assertThat(parties).extracting(PartyHit::role, PartyHit::entryId, PartyHit::matchedOn).containsExactly(
                tuple(PartyRole.EXPORTER, "TARGET-2", "IDENTIFIER"),
                tuple(PartyRole.CONSIGNEE, "TARGET-1", "NAME"),
                tuple(PartyRole.CARRIER, "TARGET-4", "NAME"));
        assertThat(outcome.requiresHold()).isTrue();
    }

    private static final List<Party> QUERIES = List.of(
            party("OOO «Ромашка»", "RU"), party("Romashka Trading", "RU"), party("Romaska Trading", "RU"),
            party("Romashka Agro", "RU"), party("Kurylys Onim Kory", "KZ"), party("Kurilis Onim Kory", "KZ"),
            party("ТОО Құрылыс Өнім Қоры", "KZ"), party("Anna Obraztsova", "RU"), party("Obraztsova Ana", "RU"),
            party("Sample Gulf Transit", "AE"), party("Sample Golf Transit", "AE"), party("Sergei Zaitsev", "RU"),
            party("Zaitsev Sergei Petrovich", "RU"), party("Елена Зайцева", "RU"), party("Clean Customs Broker", "KZ"),
            party("Anything", "KZ", "190540001230"), party("Kurylys Onim Kory", "KZ", "210340007774"));

    @Test
    void indexAgreesWithComparingEveryEntry() {
        List<Party> queries = new ArrayList<>(QUERIES);
        // and a sample of generated names, exactly and with one letter changed or dropped
        Random random = new Random(7);
        for (int i = 0; i < 15; i++) {
            String name = entries.get(9 + random.nextInt(entries.size() - 9)).name();
            queries.add(party(name, "KZ"));
            int at = 1 + random.nextInt(name.length() - 2);
            queries.add(party(name.substring(0, at) + (i % 2 == 0 ? "" : "y") + name.substring(at + 1), "KZ"));
        }
        for (Party query : queries) {
            List<PartyMatch> exhaustive = entries.stream().map(e -> MATCHER.match(query, e)).flatMap(Optional::stream)
                    .sorted(Comparator.comparing((PartyMatch m) -> m.entry().entryId())).toList();
            List<PartyMatch> indexed = MATCHER.findMatches(query, lists.partyIndex());
            // Every MATCH exactly; in the review band the blocking keys may miss a weak pair, never invent one.
            assertThat(indexed).as(query.name()).filteredOn(m -> m.band() == MatchBand.MATCH)
                    .isEqualTo(exhaustive.stream().filter(m -> m.band() == MatchBand.MATCH).toList());
            assertThat(exhaustive).as(query.name()).containsAll(indexed);
        }
    }

    @Test
    void plantedNearMissesAreNeverHeld() {
        Set<String> reported = new LinkedHashSet<>();
        for (Party query : QUERIES) {
            MATCHER.findMatches(query, lists.partyIndex()).stream().filter(m -> m.band() == MatchBand.MATCH)
                    .forEach(m -> reported.add(m.entry().entryId()));
        }
        assertThat(reported).containsExactlyInAnyOrder("TARGET-1", "TARGET-2", "TARGET-3", "TARGET-4", "TARGET-5")
                .noneMatch(id -> id.startsWith("NEAR-"));
    }
}
