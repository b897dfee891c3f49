package org.borderledger.benchmark;

import java.util.ArrayList;
import java.util.List;

/**
 * Every figure next to the baseline measured in the same run and their ratio (figure / baseline),
 * as a plain-text table: on a shared machine the ratios, not the absolute figures, compare between runs.
 */
final class ResultTable {

    private record Row(String section, String measure, double figure, String unit, double baselineFigure) {
    }

    private final String title;
    private final List<Row> rows = new ArrayList<>();

    ResultTable(String title) {
        this.title = title;
    }

    /** A figure with the baseline it is compared with; a baseline row is its own baseline (ratio 1). */
    void add(String section, String measure, double figure, String unit, double baselineFigure) {
        rows.add(new Row(section, measure, figure, unit, baselineFigure));
    }

    void baseline(String section, String measure, double figure, String unit) {
        add(section, "baseline: " + measure, figure, unit, figure);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(title).append('\n');
        String format = "%-58s %14s %-12s %14s %8s%n";
        String section = null;
        for (Row row : rows) {
            if (!row.section().equals(section)) {
                section = row.section();
                text.append('\n').append(section).append('\n');
                text.append(String.format(format, "  measure", "figure", "unit", "baseline", "ratio"));
            }
            text.append(String.format(format, "  " + row.measure(), number(row.figure()), row.unit(),
                    number(row.baselineFigure()), String.format("%.3f", row.figure() / row.baselineFigure())));
        }
        return text.toString();
    }

    private static String number(double value) {
        return value >= 100 ? String.format("%,.0f", value) : String.format("%.3f", value);
    }
}
