package org.borderledger.web.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.borderledger.consignment.api.Channel;
import org.borderledger.statistics.api.DeclaredOnDay;

/**
 * The consignments declared per day as stacked bars, one segment per channel and one for those not
 * yet screened, laid out on the server as SVG coordinates. The tallest day fills the full height;
 * every day of the range has its place, a day without declarations an empty one.
 */
public record DeclaredPerDayChart(List<Day> days, long max) {

    public static final int HEIGHT = 120;
    public static final int BAR_WIDTH = 14;
    public static final int GAP = 4;

    /** The segments from the bottom up: green, yellow, red, then the not yet screened. */
    public static final List<String> SEGMENTS = List.of("GREEN", "YELLOW", "RED", "UNSCREENED");

    public DeclaredPerDayChart {
        days = List.copyOf(days);
    }

    public static DeclaredPerDayChart of(LocalDate first, LocalDate last, List<DeclaredOnDay> declared) {
        Map<LocalDate, long[]> counts = new TreeMap<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            counts.put(day, new long[SEGMENTS.size()]);
        }
        for (DeclaredOnDay row : declared) {
            long[] day = counts.get(row.day());
            if (day == null) {
                continue;
            }
            long screened = 0;
            for (Channel channel : Channel.values()) {
                long count = row.byChannel().getOrDefault(channel, 0L);
                day[channel.ordinal()] += count;
                screened += count;
            }
            day[SEGMENTS.size() - 1] += row.declared() - screened;
        }
        long max = counts.values().stream().mapToLong(DeclaredPerDayChart::total).max().orElse(0);
        List<Day> days = new ArrayList<>();
        int index = 0;
        for (var entry : counts.entrySet()) {
            days.add(Day.of(entry.getKey(), index++, entry.getValue(), max));
        }
        return new DeclaredPerDayChart(days, max);
    }

    public int width() {
        return days.size() * (BAR_WIDTH + GAP);
    }

    public int height() {
        return HEIGHT;
    }

    public int barWidth() {
        return BAR_WIDTH;
    }

    public List<String> segmentNames() {
        return SEGMENTS;
    }

    private static long total(long[] counts) {
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        return total;
    }

    /** One day's bar: its counts by segment, and where each segment is drawn. */
    public record Day(LocalDate day, int x, long total, Map<String, Long> counts, List<Segment> segments) {

        public Day {
            counts = Map.copyOf(counts);
            segments = List.copyOf(segments);
        }

        static Day of(LocalDate day, int index, long[] counts, long max) {
            Map<String, Long> byName = new LinkedHashMap<>();
            List<Segment> segments = new ArrayList<>();
            long below = 0;
            for (int i = 0; i < counts.length; i++) {
                byName.put(SEGMENTS.get(i), counts[i]);
                if (counts[i] == 0) {
                    continue;
                }
                // Both edges are scaled from running totals, so rounding never leaves a gap or overshoots the top.
                int bottom = scaled(below, max);
                below += counts[i];
                int top = scaled(below, max);
                segments.add(new Segment(SEGMENTS.get(i), counts[i], HEIGHT - top, top - bottom));
            }
            return new Day(day, index * (BAR_WIDTH + GAP), below, byName, segments);
        }

        private static int scaled(long count, long max) {
            return max == 0 ? 0 : (int) Math.round((double) count * HEIGHT / max);
        }
    }

    /** One channel's part of a bar, in SVG coordinates (y grows downwards). */
    public record Segment(String name, long count, int y, int height) {

        public String cssClass() {
            return "bar-" + name;
        }
    }
}
