package org.borderledger.screening;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.borderledger.consignment.api.CountryCode;
import org.borderledger.consignment.api.Measure;
import org.borderledger.screening.api.GoodsMeasure;
import org.borderledger.screening.api.ListFile;

/**
 * The project's own CSV of controlled-goods measures: UTF-8, the header row {@link #HEADER} or
 * {@link #HEADER_WITH_ORIGINS}, several countries separated by {@code ;}, dates written YYYY-MM-DD
 * and an empty {@code valid_to} for "until further notice". The two origin columns came later and
 * are optional, so that a file written before them still reads: without them, or empty, a measure
 * applies to goods of any origin.
 */
final class GoodsMeasuresCsv {

    static final List<String> HEADER = List.of("measure_id", "list", "hs_prefix", "destinations",
            "route_countries", "measure", "legal_basis", "label", "valid_from", "valid_to");
    static final List<String> HEADER_WITH_ORIGINS = Stream.concat(HEADER.stream(), Stream.of("origins", "excluded_origins")).toList();

    private GoodsMeasuresCsv() {
    }

    static List<GoodsMeasure> read(ListFile file, ImportProblems problems) {
        if (ListText.looksLikeXml(file.content())) {
            problems.file(file.name(), "is XML, not the goods-measures CSV (" + String.join(",", HEADER_WITH_ORIGINS) + ")");
            return List.of();
        }
        List<CsvListFile.Row> rows = ListText.utf8(file, problems)
                .map(text -> CsvListFile.rows(file.name(), text, problems)).orElse(List.of());
        if (rows.isEmpty()) {
            if (problems.isEmpty()) {
                problems.file(file.name(), "is empty; expected the header " + String.join(",", HEADER_WITH_ORIGINS));
            }
            return List.of();
        }
        List<String> header = rows.get(0).fields().stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
        if (!header.equals(HEADER) && !header.equals(HEADER_WITH_ORIGINS)) {
            problems.add(file.name(), rows.get(0).line(), "header is " + String.join(",", header)
                    + "; the goods-measures CSV starts with " + String.join(",", HEADER_WITH_ORIGINS)
                    + " (the last two, origins and excluded_origins, may be left out)");
            return List.of();
        }
        List<GoodsMeasure> measures = new ArrayList<>();
        Map<String, Long> lines = new HashMap<>();
        for (CsvListFile.Row row : CsvListFile.withColumns(file.name(), rows.subList(1, rows.size()), header, problems)) {
            try {
                GoodsMeasure measure = measure(row);
                Long first = lines.putIfAbsent(measure.measureId(), row.line());
                if (first != null) {
                    problems.add(file.name(), row.line(), "measure_id '" + measure.measureId() + "' is already used on line " + first);
                }
                measures.add(measure);
            } catch (DateTimeParseException e) {
                problems.add(file.name(), row.line(), "date '" + e.getParsedString() + "' must be written YYYY-MM-DD");
            } catch (IllegalArgumentException e) {
                problems.add(file.name(), row.line(), e.getMessage());
            }
        }
        return measures;
    }

    private static GoodsMeasure measure(CsvListFile.Row row) {
        String validTo = text(row, 9);
        boolean withOrigins = row.size() == HEADER_WITH_ORIGINS.size();
        return new GoodsMeasure(text(row, 0), text(row, 1), text(row, 2), countries(row, 3, "destinations"),
                countries(row, 4, "route_countries"), withOrigins ? countries(row, 10, "origins") : Set.of(),
                withOrigins ? countries(row, 11, "excluded_origins") : Set.of(), measureOf(text(row, 5)), text(row, 6), text(row, 7),
                LocalDate.parse(text(row, 8)), validTo.isEmpty() ? null : LocalDate.parse(validTo));
    }

    private static Measure measureOf(String value) {
        try {
            return Measure.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("measure '" + value + "' must be one of " + Arrays.toString(Measure.values()));
        }
    }

    /** A ;-separated list of country codes; empty means none, but an empty item between separators is a typo. */
    private static Set<CountryCode> countries(CsvListFile.Row row, int column, String name) {
        String value = text(row, column);
        Set<CountryCode> countries = new LinkedHashSet<>();
        if (value.isEmpty()) {
            return countries;
        }
        for (String item : value.split(";", -1)) {
            if (item.isBlank()) {
                throw new IllegalArgumentException(name + " '" + value + "' has an empty item between ';'");
            }
            countries.add(CountryCode.of(item.strip()));
        }
        return countries;
    }

    private static String text(CsvListFile.Row row, int column) {
        return row.get(column).strip();
    }
}
