package org.borderledger.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.borderledger.consignment.api.Channel;
import org.borderledger.statistics.api.DeclaredOnDay;
import org.junit.jupiter.api.Test;

/** The chart's scale: the busiest day fills the height, segments stack without gaps, quiet days keep their place. */
class DeclaredPerDayChartTest {

    static final LocalDate FIRST = LocalDate.of(2026, 11, 1);
    static final int H = DeclaredPerDayChart.HEIGHT;

    @Test
    void theBusiestDayFillsTheFullHeightAndOthersScaleToIt() {
        var chart = DeclaredPerDayChart.of(FIRST, FIRST.plusDays(2), List.of(
                declared(FIRST, 4, Map.of(Channel.GREEN, 4L)),
                declared(FIRST.plusDays(2), 8, Map.of(Channel.GREEN, 3L, Channel.YELLOW, 2L, Channel.RED, 1L))));

        assertThat(chart.max()).isEqualTo(8);
        var busiest = chart.days().get(2);
        assertThat(busiest.segments()).extracting(DeclaredPerDayChart.Segment::name)
                .containsExactly("GREEN", "YELLOW", "RED", "UNSCREENED");
        assertThat(busiest.segments().stream().mapToInt(DeclaredPerDayChart.Segment::height).sum()).isEqualTo(H);
        assertThat(busiest.segments().get(3).y()).isZero();
        assertThat(busiest.segments().get(0).y() + busiest.segments().get(0).height()).isEqualTo(H);
        assertThat(busiest.counts()).containsEntry("UNSCREENED", 2L).containsEntry("RED", 1L);

        var half = chart.days().get(0).segments();
        assertThat(half).singleElement().satisfies(segment -> {
            assertThat(segment.height()).isEqualTo(H / 2);
            assertThat(segment.y()).isEqualTo(H - H / 2);
            assertThat(segment.cssClass()).isEqualTo("bar-GREEN");
        });
    }

    @Test
    void everyDayOfTheRangeHasItsPlaceEvenWithoutDeclarations() {
        var chart = DeclaredPerDayChart.of(FIRST, FIRST.plusDays(29), List.of(declared(FIRST.plusDays(3), 1, Map.of())));

        assertThat(chart.days()).hasSize(30);
        assertThat(chart.days().get(0).day()).isEqualTo(FIRST);
        assertThat(chart.days().get(29).x()).isEqualTo(29 * (DeclaredPerDayChart.BAR_WIDTH + DeclaredPerDayChart.GAP));
        assertThat(chart.width()).isEqualTo(30 * (DeclaredPerDayChart.BAR_WIDTH + DeclaredPerDayChart.GAP));
        assertThat(chart.days().get(0).total()).isZero();
        assertThat(chart.days().get(0).segments()).isEmpty();
        assertThat(chart.days().get(3).segments()).singleElement()
                .satisfies(segment -> assertThat(segment.height()).isEqualTo(H));
    }

    @Test
    void twoPostsOnOneDayAddUpAndAnEmptyRangeDrawsNothing() {
        var chart = DeclaredPerDayChart.of(FIRST, FIRST, List.of(
                new DeclaredOnDay(FIRST, "Kurmangazy", 1, Map.of(), Map.of(Channel.RED, 1L)),
                new DeclaredOnDay(FIRST, "Syrym", 2, Map.of(), Map.of(Channel.RED, 2L))));
        assertThat(chart.days().get(0).counts()).containsEntry("RED", 3L);
        assertThat(chart.days().get(0).segments()).singleElement()
                .satisfies(segment -> assertThat(segment.height()).isEqualTo(H));

        var empty = DeclaredPerDayChart.of(FIRST, FIRST.plusDays(6), List.of());
        assertThat(empty.max()).isZero();
        assertThat(empty.days()).hasSize(7).allSatisfy(day -> assertThat(day.segments()).isEmpty());
    }

    private static DeclaredOnDay declared(LocalDate day, long count, Map<Channel, Long> byChannel) {
        return new DeclaredOnDay(day, "Kurmangazy", count, Map.of(), byChannel);
    }
}
