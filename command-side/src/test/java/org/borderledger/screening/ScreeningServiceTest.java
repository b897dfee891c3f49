package org.borderledger.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.consignment.api.Declarations.goodsLine;
import static org.borderledger.consignment.api.Declarations.party;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderledger.consignment.api.Channel;
import org.borderledger.consignment.api.CountryCode;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.MatchBand;
import org.borderledger.consignment.api.Measure;
import org.borderledger.consignment.api.NameMatchThresholds;
import org.borderledger.consignment.api.ScreeningHit.PartyHit;
import org.borderledger.consignment.api.ScreeningHit;
import org.borderledger.screening.api.DeniedParty;
import org.borderledger.screening.api.GoodsMeasure;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;

class ScreeningServiceTest {

    private static Clock clockAt(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void usesTheClocksDateToDecideWhichMeasuresAreInForce() {
        GoodsMeasure measure = new GoodsMeasure("M-1", "TEST", "9403", Set.of(CountryCode.of("RU")), Set.of(), Set.of(), Set.of(),
                Measure.MONITOR,
                "Basis", "Label", LocalDate.of(2026, 1, 1), null);
        ScreeningLists lists = ScreeningLists.of("t-1", List.of(measure), List.of());
        Declarations.Builder furniture = Declarations.builder().toDestination("RU").goods(goodsLine(1, "940360"));

        ScreeningService before = new ScreeningService(lists, clockAt("2025-12-31T23:59:59Z"), RandomCheckPolicy.NONE);
        ScreeningService after = new ScreeningService(lists, clockAt("2026-01-01T00:00:00Z"), RandomCheckPolicy.NONE);
        assertThat(before.screen("C-1", furniture.build()).channel()).isEqualTo(Channel.GREEN);
        assertThat(after.screen("C-1", furniture.build()).channel()).isEqualTo(Channel.YELLOW);
        // the date is taken in the clock's zone: 31 Dec 20:00 UTC is already 1 Jan in Almaty (UTC+5)
        ScreeningService almaty = new ScreeningService(lists,
                Clock.fixed(Instant.parse("2025-12-31T20:00:00Z"), ZoneId.of("Asia/Almaty")), RandomCheckPolicy.NONE);
        assertThat(almaty.screen("C-1", furniture.build()).channel()).isEqualTo(Channel.YELLOW);
        assertThat(after.versionInForce()).isEqualTo("t-1");
    }

    @Test
    void matcherThresholdIsPassedThrough() {
        ScreeningLists lists = ScreeningLists.of("t-1", List.of(), List.of(
                new DeniedParty("P-1", "TEST", "Kazan Logistics", List.of(), null, List.of(), "TEST")));
        Declaration d = Declarations.withConsignee(party("Kazakh Logistics", "RU"));
        Clock clock = clockAt("2026-11-20T10:00:00Z");
        // 0.88: below the default hold threshold (0.92), above the default review threshold (0.85).
        assertThat(new ScreeningService(lists, clock, RandomCheckPolicy.NONE).screen("C-1", d).hits())
                .extracting(hit -> ((PartyHit) hit).band()).containsExactly(MatchBand.POSSIBLE);
        assertThat(new ScreeningService(lists, clock, RandomCheckPolicy.NONE, new PartyMatcher(0.85)).screen("C-1", d).hits())
                .extracting(hit -> ((PartyHit) hit).band()).containsExactly(MatchBand.MATCH);
        assertThat(new ScreeningService(lists, clock, RandomCheckPolicy.NONE, new PartyMatcher(0.92, 0.9)).screen("C-1", d).hits())
                .isEmpty();
    }

    @Test
    void springScreensAgainstTheVersionInForceWithDefaultsAndAnOptionalClock() {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.registerBean(ScreeningListVersions.class, ScreeningServiceTest::shippedVersions);
            context.registerBean(Clock.class, () -> clockAt("2024-02-22T12:00:00Z"));
            context.register(ScreeningService.class);
            context.refresh();
            ScreeningService service = context.getBean(ScreeningService.class);
            assertThat(service.versionInForce()).isEqualTo("2026.11-1");
            // the injected clock says 22 Feb 2024, the day before the CHPL entries apply
            Declaration computers = Declarations.builder().toDestination("RU").goods(goodsLine(1, "847150")).build();
            assertThat(service.screen("C-1", computers).hits()).isEmpty();
        }
    }

    @Test
    void springPropertiesConfigureSharesAndThresholdAndTheSystemClockIsTheFallback() {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", Map.of(
                    "borderledger.screening.random-yellow-share", "0",
                    "borderledger.screening.random-red-share", "1",
                    "borderledger.screening.name-match-threshold", "0.99",
                    "borderledger.screening.name-review-threshold", "0.90")));
            context.registerBean(ScreeningListVersions.class, ScreeningServiceTest::shippedVersions);
            context.register(ScreeningService.class);
            context.refresh();
            ScreeningService service = context.getBean(ScreeningService.class);
            ScreeningOutcome clean = service.screen("C-1", Declarations.valid());
            assertThat(clean.channel()).isEqualTo(Channel.RED);
            assertThat(clean.randomlySelected()).isTrue();
            // 0.975 would match at the default 0.92; at 0.99 it is only a possible match (review from 0.90)
            ScreeningOutcome nearMiss = service.screen("C-2", Declarations.withConsignee(party("Romaska Trading", "RU")));
            assertThat(nearMiss.thresholds()).isEqualTo(new NameMatchThresholds(0.99, 0.90));
            assertThat(nearMiss.hits()).singleElement().extracting(hit -> ((ScreeningHit.PartyHit) hit).band())
                    .isEqualTo(MatchBand.POSSIBLE);
            assertThat(service.screen("C-2", Declarations.withConsignee(party("Romashka Trading", "RU"))).hits())
                    .singleElement().extracting(hit -> ((ScreeningHit.PartyHit) hit).band()).isEqualTo(MatchBand.MATCH);
        }
    }

    private static ScreeningListVersions shippedVersions() {
        return ScreeningListVersions.fixed(ShippedLists.asVersion(ShippedLists.VERSION));
    }
}
