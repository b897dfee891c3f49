package org.borderledger.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Rates next to the baseline measured in the same run, as a plain-text table. */
final class ResultTable {

    private record Row(String measure, long events, Duration time) {
        double rate() {
            return events / (time.toNanos() / 1e9);
        }
    }

    private final String title;
    private final List<Row> rows = new ArrayList<>();
    private Row baseline;

    ResultTable(String title) {
        this.title = title;
    }

    void baseline(String measure, long events, Duration time) {
        baseline = new Row(measure, events, time);
        rows.add(baseline);
    }

    void measured(String measure, long events, Duration time) {
        rows.add(new Row(measure, events, time));
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(title).append('\n');
        String format = "%-48s %10s %10s %12s %10s%n";
        text.append(String.format(format, "measure", "events", "seconds", "events/s", "ratio"));
        for (Row row : rows) {
            text.append(String.format(format, row.measure(), row.events(), String.format("%.2f", row.time().toMillis() / 1000.0),
                    String.format("%,.0f", row.rate()), String.format("%.3f", row.rate() / baseline.rate())));
        }
        return text.toString();
    }
}
