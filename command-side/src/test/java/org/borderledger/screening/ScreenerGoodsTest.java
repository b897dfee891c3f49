package org.borderledger.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.borderledger.consignment.api.Declarations.goodsLine;
import static org.borderledger.consignment.api.Declarations.goodsLines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.borderledger.consignment.api.Channel;
import org.borderledger.consignment.api.CountryCode;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.Direction;
import org.borderledger.consignment.api.GoodsLine;
import org.borderledger.consignment.api.Measure;
import org.borderledger.consignment.api.OriginCondition;
import org.borderledger.consignment.api.ScreeningHit;
import org.borderledger.consignment.api.ScreeningHit.GoodsHit;
import org.borderledger.screening.api.GoodsMeasure;
import org.junit.jupiter.api.Test;

/** Goods screening against the shipped lists and against small in-memory lists. */
class ScreenerGoodsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final ScreeningLists SHIPPED = ShippedLists.asVersion(ShippedLists.VERSION);

    private final Screener screener = new Screener();

    private ScreeningOutcome screen(Declarations.Builder declaration, ScreeningLists lists, LocalDate on) {
        return screener.screen("CONS-1", declaration.build(), lists, on, RandomCheckPolicy.NONE);
    }

    private static List<GoodsHit> goodsHits(ScreeningOutcome outcome) {
        return outcome.hits().stream().filter(GoodsHit.class::isInstance).map(GoodsHit.class::cast).toList();
    }

    private static Set<CountryCode> countries(String... codes) {
        return Stream.of(codes).map(CountryCode::of).collect(Collectors.toSet());
    }

    private static GoodsMeasure measure(String id, String prefix, Measure measure, LocalDate from, LocalDate to) {
        return measure(id, prefix, measure, from, to, Set.of(), Set.of());
    }

    private static GoodsMeasure measure(String id, String prefix, Measure measure, LocalDate from, LocalDate to,
                                        Set<CountryCode> origins, Set<CountryCode> excludedOrigins) {
        return new GoodsMeasure(id, "TEST-LIST", prefix, countries("RU"), countries("BY"), origins, excludedOrigins,
                measure, "Test basis", "Test label", from, to);
    }

    /** Bearings to Russia, one line of each origin, in the order given. */
    private static Declarations.Builder bearingsOfOrigin(String... origins) {
        Declarations.Builder bearings = Declarations.builder().toDestination("RU");
        List<GoodsLine> lines = new ArrayList<>();
        for (String origin : origins) {
            lines.add(goodsLine(lines.size() + 1, "8482100000", origin));
        }
        return bearings.goods(lines);
    }

    @Test
    void chplCodeToRussiaCallsForALicenceAndGoesRed() {
        ScreeningOutcome outcome = screen(Declarations.builder().toDestination("RU").goods(goodsLine(1, "847150")), SHIPPED, TODAY);
        assertThat(goodsHits(outcome)).singleElement().satisfies(hit -> {
            assertThat(hit.listName()).isEqualTo("EU-CHPL");
            assertThat(hit.entryId()).isEqualTo("CHPL-847150-RUBY");
            assertThat(hit.measure()).isEqualTo(Measure.LICENCE);
            assertThat(hit.country()).isEqualTo("RU");
            assertThat(hit.viaRoute()).isFalse();
            assertThat(hit.lineNumber()).isEqualTo(1);
            assertThat(hit.label()).contains("tier 3.A");
            assertThat(hit.legalBasis()).contains("833/2014").contains("tier 3.A");
        });
        assertThat(outcome.channel()).isEqualTo(Channel.RED);
        assertThat(outcome.requiresHold()).isFalse();
        assertThat(outcome.randomlySelected()).isFalse();
        assertThat(outcome.listVersion()).isEqualTo("2026.11-1");
    }

    @Test
    void chplCodeToKyrgyzstanThroughRussiaIsATransshipmentHit() {
        ScreeningOutcome outcome = screen(Declarations.builder().toDestination("KG").via("RU").goods(goodsLine(1, "8471500000")),
                SHIPPED, TODAY);
        assertThat(goodsHits(outcome)).extracting(GoodsHit::entryId, GoodsHit::country, GoodsHit::viaRoute, GoodsHit::measure)
                .containsExactly(
                        tuple("CHPL-847150-MON", "KG", false, Measure.MONITOR),
                        tuple("CHPL-847150-RUBY", "RU", true, Measure.LICENCE));
        assertThat(outcome.channel()).isEqualTo(Channel.RED);
    }

    @Test
    void routeCountriesBehindImportedGoodsAreNoTransshipment() {
        Declaration imported = Declarations.builder().direction(Direction.IMPORT).fromCountry("CN").toDestination("KZ")
                .via("RU").goods(goodsLine(1, "8471500000")).build();

        ScreeningOutcome outcome = screener.screen("CN-IMPORT", imported, SHIPPED, TODAY, RandomCheckPolicy.NONE);

        assertThat(goodsHits(outcome)).isEmpty();
        assertThat(outcome.channel()).isEqualTo(Channel.GREEN);
    }

    @Test
    void chplCodeToKyrgyzstanDirectlyIsOnlyMonitored() {
        ScreeningOutcome outcome = screen(Declarations.builder().toDestination("KG").via("KZ").goods(goodsLine(1, "901420")),
                SHIPPED, TODAY);
        assertThat(goodsHits(outcome)).singleElement().satisfies(hit -> {
            assertThat(hit.measure()).isEqualTo(Measure.MONITOR);
            assertThat(hit.viaRoute()).isFalse();
        });
        assertThat(outcome.channel()).isEqualTo(Channel.YELLOW);
    }

    @Test
    void routeCountryThatIsOnlyAMeasureDestinationAlsoTriggers() {
        // MONITOR lists no route countries; Turkey on the route is one of its destinations.
        ScreeningOutcome outcome = screen(Declarations.builder().toDestination("GE").via("TR").goods(goodsLine(1, "901420")),
                SHIPPED, TODAY);
        assertThat(goodsHits(outcome)).singleElement().satisfies(hit -> {
            assertThat(hit.country()).isEqualTo("TR");
            assertThat(hit.viaRoute()).isTrue();
        });
    }

    @Test
    void passengerCarToRussiaIsBannedAndHeld() {
        ScreeningOutcome outcome = screen(Declarations.builder().toDestination("RU").goods(goodsLine(1, "8703241090")),
                SHIPPED, TODAY);
        assertThat(goodsHits(outcome)).singleElement().satisfies(hit -> {
            assertThat(hit.listName()).isEqualTo("KZ-EXPORT-BAN");
            assertThat(hit.measure()).isEqualTo(Measure.BAN);
            assertThat(hit.hsPrefix()).isEqualTo("870324");
            assertThat(hit.legalBasis()).contains("October 2023").contains("11th package");
            assertThat(hit.requiresHold()).isTrue();
        });
        assertThat(outcome.channel()).isEqualTo(Channel.RED);
        assertThat(outcome.requiresHold()).isTrue();
    }

    @Test
    void electricCarToGeorgiaThroughBelarusIsBannedViaRoute() {
        ScreeningOutcome outcome = screen(Declarations.builder().toDestination("GE").via("KZ", "BY").goods(goodsLine(1, "870380")),
                SHIPPED, TODAY);
        assertThat(goodsHits(outcome)).singleElement().satisfies(hit -> {
            assertThat(hit.country()).isEqualTo("BY");
            assertThat(hit.viaRoute()).isTrue();
        });
        assertThat(outcome.requiresHold()).isTrue();
    }

    @Test
    void tierOneChipToRussiaHitsBothLists() {
        ScreeningOutcome outcome = screen(Declarations.builder().toDestination("RU").goods(goodsLine(1, "854231")), SHIPPED, TODAY);
        assertThat(goodsHits(outcome)).extracting(GoodsHit::entryId, GoodsHit::measure).containsExactly(
                tuple("CHPL-854231-RUBY", Measure.LICENCE),
                tuple("KZBAN-854231", Measure.BAN));
        assertThat(outcome.requiresHold()).isTrue();
    }

    @Test
    void uncontrolledGoodsAndCountriesGiveNoHit() {
        assertThat(screen(Declarations.builder().toDestination("RU").goods(goodsLine(1, "940360")), SHIPPED, TODAY).hits()).isEmpty();
        assertThat(screen(Declarations.builder().toDestination("CN").via("KZ").goods(goodsLine(1, "854231")),
                SHIPPED, TODAY).hits()).isEmpty();
        // small engines (8703 22) are not on the ban list
        assertThat(screen(Declarations.builder().toDestination("RU").goods(goodsLine(1, "870322")), SHIPPED, TODAY).hits()).isEmpty();
        assertThat(screen(Declarations.builder().toDestination("RU").goods(goodsLine(1, "940360")),
                SHIPPED, TODAY).channel()).isEqualTo(Channel.GREEN);
    }

    @Test
    void measureOutsideItsValidityDatesDoesNotHit() {
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        ScreeningLists lists = ScreeningLists.of("t1", List.of(measure("M-1", "8542", Measure.BAN, from, to)), List.of());
        Declarations.Builder chips = Declarations.builder().toDestination("RU").goods(goodsLine(1, "854231"));
        assertThat(screen(chips, lists, from.minusDays(1)).hits()).isEmpty();
        assertThat(screen(chips, lists, from).hits()).hasSize(1);
        assertThat(screen(chips, lists, to).hits()).hasSize(1);
        assertThat(screen(chips, lists, to.plusDays(1)).hits()).isEmpty();
        // the shipped CHPL entries start on 23 Feb 2024
        Declarations.Builder computers = Declarations.builder().toDestination("RU").goods(goodsLine(1, "847150"));
        assertThat(screen(computers, SHIPPED, LocalDate.of(2024, 2, 22)).hits()).isEmpty();
        assertThat(screen(computers, SHIPPED, LocalDate.of(2024, 2, 23)).hits()).hasSize(1);
    }

    @Test
    void openEndedMeasureStaysInForce() {
        GoodsMeasure open = measure("M-1", "8542", Measure.BAN, LocalDate.of(2025, 1, 1), null);
        assertThat(open.inForceOn(LocalDate.of(2099, 1, 1))).isTrue();
        assertThat(open.inForceOn(LocalDate.of(2024, 12, 31))).isFalse();
    }

    @Test
    void fourDigitPrefixCoversTenDigitCodesAndTenDigitPrefixOnlyItsOwnCode() {
        LocalDate from = LocalDate.of(2025, 1, 1);
        ScreeningLists lists = ScreeningLists.of("t1", List.of(
                measure("M-4", "8703", Measure.MONITOR, from, null),
                measure("M-10", "8703231990", Measure.BAN, from, null)), List.of());
        Declarations.Builder vehicles = Declarations.builder().toDestination("RU")
                .goods(goodsLines("8703231990", "8703231910", "870324", "8704210000"));
        ScreeningOutcome outcome = screen(vehicles, lists, TODAY);
        assertThat(goodsHits(outcome)).extracting(GoodsHit::lineNumber, GoodsHit::entryId).containsExactly(
                tuple(1, "M-10"),
                tuple(1, "M-4"),
                tuple(2, "M-4"),
                tuple(3, "M-4"));
        assertThat(outcome.requiresHold()).isTrue();
    }

    @Test
    void channelIsTheMostSevereHit() {
        LocalDate from = LocalDate.of(2025, 1, 1);
        ScreeningLists lists = ScreeningLists.of("t1", List.of(measure("M-1", "9403", Measure.MONITOR, from, null)), List.of());
        ScreeningOutcome outcome = screen(Declarations.builder().toDestination("RU").goods(goodsLine(1, "940360")), lists, TODAY);
        assertThat(outcome.channel()).isEqualTo(Channel.YELLOW);
        assertThat(outcome.hits()).allMatch(h -> h instanceof ScreeningHit.GoodsHit);
    }

    @Test
    void aMeasureForSomeOriginsOnlyHitsGoodsOfThoseOriginsAndSaysSo() {
        LocalDate from = LocalDate.of(2025, 1, 1);
        ScreeningLists lists = ScreeningLists.of("t1", List.of(
                measure("M-KZ", "8482", Measure.MONITOR, from, null, countries("KZ"), Set.of())), List.of());

        ScreeningOutcome outcome = screen(bearingsOfOrigin("KZ", "DE"), lists, TODAY);

        assertThat(goodsHits(outcome)).singleElement().satisfies(hit -> {
            assertThat(hit.lineNumber()).isEqualTo(1);
            assertThat(hit.originCondition()).isEqualTo(new OriginCondition("KZ", List.of("KZ"), List.of()));
            assertThat(hit.originCondition().only()).isTrue();
        });
        assertThat(outcome.channel()).isEqualTo(Channel.YELLOW);
    }

    @Test
    void aMeasureExcludingOriginsHitsGoodsOfEveryOtherOriginAndSaysSo() {
        LocalDate from = LocalDate.of(2025, 1, 1);
        ScreeningLists lists = ScreeningLists.of("t1", List.of(
                measure("M-NOT-KZ", "8482", Measure.BAN, from, null, Set.of(), countries("KZ", "UZ"))), List.of());

        ScreeningOutcome outcome = screen(bearingsOfOrigin("KZ", "CN", "UZ"), lists, TODAY);

        assertThat(goodsHits(outcome)).singleElement().satisfies(hit -> {
            assertThat(hit.lineNumber()).isEqualTo(2);
            assertThat(hit.originCondition()).isEqualTo(new OriginCondition("CN", List.of(), List.of("KZ", "UZ")));
            assertThat(hit.originCondition().only()).isFalse();
        });
        assertThat(outcome.requiresHold()).isTrue();
        assertThat(screen(bearingsOfOrigin("KZ", "UZ"), lists, TODAY).hits()).isEmpty();
    }

    @Test
    void aMeasureOfAnyOriginRecordsNoCondition() {
        ScreeningLists lists = ScreeningLists.of("t1", List.of(measure("M-1", "8482", Measure.BAN, LocalDate.of(2025, 1, 1), null)),
                List.of());
        assertThat(goodsHits(screen(bearingsOfOrigin("KZ", "DE"), lists, TODAY)))
                .extracting(GoodsHit::lineNumber, GoodsHit::originCondition).containsExactly(tuple(1, null), tuple(2, null));
    }

    @Test
    void shippedBearingsAreBannedOfCoalitionOriginMonitoredOfKazakhOriginAndOtherwiseOnlyLicensed() {
        ScreeningOutcome outcome = screen(bearingsOfOrigin("DE", "KZ", "CN"), SHIPPED, TODAY);

        assertThat(goodsHits(outcome)).extracting(GoodsHit::lineNumber, GoodsHit::entryId, GoodsHit::measure,
                        hit -> hit.originCondition() == null ? null : hit.originCondition().origin())
                .containsExactly(
                        tuple(1, "CHPL-848210-RUBY", Measure.LICENCE, null),
                        tuple(1, "KZBAN-8482-COAL", Measure.BAN, "DE"),
                        tuple(2, "CHPL-848210-RUBY", Measure.LICENCE, null),
                        tuple(2, "KZBAN-8482-KZ", Measure.MONITOR, "KZ"),
                        tuple(3, "CHPL-848210-RUBY", Measure.LICENCE, null));
        assertThat(outcome.requiresHold()).isTrue();
        assertThat(screen(bearingsOfOrigin("KZ", "CN"), SHIPPED, TODAY).requiresHold()).isFalse();
        // a replay screens the same declaration against the same version the same way
        assertThat(screen(bearingsOfOrigin("DE", "KZ", "CN"), SHIPPED, TODAY)).isEqualTo(outcome);
    }

    @Test
    void aMeasureCannotBothNameAndExcludeOrigins() {
        LocalDate from = LocalDate.of(2025, 1, 1);
        assertThatThrownBy(() -> measure("M-1", "8482", Measure.BAN, from, null, countries("DE"), countries("KZ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Measure M-1 names both origins [DE] and excluded origins [KZ]: name the only origins it applies to,"
                        + " or the origins it excludes");
    }

    @Test
    void everyShippedMeasureIsInForceTodayAndCoversRussia() {
        assertThat(SHIPPED.goodsMeasures()).allSatisfy(m -> assertThat(m.inForceOn(TODAY)).isTrue());
        assertThat(SHIPPED.goodsMeasures()).filteredOn(m -> m.measure() != Measure.MONITOR)
                .allSatisfy(m -> assertThat(m.destinations()).extracting(CountryCode::value).containsExactly("BY", "RU"));
    }
}
