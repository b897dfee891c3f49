package org.borderledger.screening;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
import org.borderledger.consignment.api.BusinessIdentifier;
import org.borderledger.consignment.api.CountryCode;
import org.borderledger.consignment.api.Measure;
import org.borderledger.screening.api.DeniedParty;
import org.borderledger.screening.api.GoodsMeasure;

/**
 * Reads one version of the reference lists from the classpath. {@code screening/current-version.txt}
 * names the version in force; its files are {@code screening/<version>/goods-measures.csv} and
 * {@code screening/<version>/denied-parties.csv} (UTF-8, a header row, several countries, aliases or
 * identifiers separated by {@code ;}, identifiers written {@code CC:value}). A file that does not
 * read cleanly is refused as a whole, naming the file and line: screening against half a list is
 * worse than not starting.
 */
public final class ScreeningListsLoader {

    public static final String ROOT = "screening/";
    public static final String CURRENT_VERSION = ROOT + "current-version.txt";
    public static final String GOODS_FILE = "goods-measures.csv";
    public static final String PARTIES_FILE = "denied-parties.csv";

    static final List<String> GOODS_HEADER = List.of("measure_id", "list", "hs_prefix", "destinations",
            "route_countries", "measure", "legal_basis", "label", "valid_from", "valid_to");
    static final List<String> PARTIES_HEADER = List.of("entry_id", "list", "name", "aliases", "country",
            "identifiers", "programme");

    private final ClassLoader classLoader;

    public ScreeningListsLoader() {
        this(ScreeningListsLoader.class.getClassLoader());
    }

    public ScreeningListsLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** The version named in {@code screening/current-version.txt}: its first line that is neither blank nor a # comment. */
    public String versionInForce() {
        String text = read(CURRENT_VERSION);
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).findFirst()
                .orElseThrow(() -> new ScreeningListException(CURRENT_VERSION + " names no version"));
    }

    public ScreeningLists loadVersionInForce() {
        return load(versionInForce());
    }

    public ScreeningLists load(String version) {
        if (version == null || !version.matches("[A-Za-z0-9._-]{1,40}") || version.contains("..")) {
            throw new ScreeningListException("List version '" + version + "' must be 1 to 40 letters, digits, '.', '_' or '-'");
        }
        String folder = ROOT + version + "/";
        return parse(version, read(folder + GOODS_FILE), folder + GOODS_FILE, read(folder + PARTIES_FILE), folder + PARTIES_FILE);
    }

    /** Lists from CSV text held in memory (tests, an administrator's upload before it is published). */
    public static ScreeningLists fromCsv(String version, String goodsCsv, String partiesCsv) {
        return parse(version, goodsCsv, version + "/" + GOODS_FILE, partiesCsv, version + "/" + PARTIES_FILE);
    }

    private static ScreeningLists parse(String version, String goodsCsv, String goodsName, String partiesCsv, String partiesName) {
        List<GoodsMeasure> goods = new ArrayList<>();
        Map<String, Integer> measureLines = new HashMap<>();
        for (CsvRows.Row row : rows(goodsCsv, goodsName, GOODS_HEADER)) {
            GoodsMeasure measure = parsing(goodsName, row, () -> goodsMeasure(row));
            unique(goodsName, row, "measure_id", measure.measureId(), measureLines);
            goods.add(measure);
        }
        List<DeniedParty> parties = new ArrayList<>();
        Map<String, Integer> entryLines = new HashMap<>();
        for (CsvRows.Row row : rows(partiesCsv, partiesName, PARTIES_HEADER)) {
            DeniedParty party = parsing(partiesName, row, () -> deniedParty(row));
            unique(partiesName, row, "entry_id", party.entryId(), entryLines);
            parties.add(party);
        }
        return new ScreeningLists(version, goods, parties);
    }

    private static List<CsvRows.Row> rows(String csv, String file, List<String> header) {
        List<CsvRows.Row> rows = CsvRows.parse(csv, file);
        if (rows.isEmpty()) {
            throw ScreeningListException.at(file, 1, "empty file; expected the header " + String.join(",", header));
        }
        List<String> found = rows.get(0).fields().stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
        if (!found.equals(header)) {
            throw ScreeningListException.at(file, rows.get(0).line(), "header is " + String.join(",", found)
                    + "; expected " + String.join(",", header));
        }
        for (CsvRows.Row row : rows.subList(1, rows.size())) {
            if (row.size() != header.size()) {
                throw ScreeningListException.at(file, row.line(), "has " + row.size() + " fields; expected "
                        + header.size() + " (" + String.join(",", header) + ")");
            }
        }
        return rows.subList(1, rows.size());
    }

    private static GoodsMeasure goodsMeasure(CsvRows.Row row) {
        return new GoodsMeasure(text(row, 0), text(row, 1), text(row, 2), countries(row, 3, "destinations"),
                countries(row, 4, "route_countries"), measure(text(row, 5)), text(row, 6), text(row, 7),
                LocalDate.parse(text(row, 8)), text(row, 9).isEmpty() ? null : LocalDate.parse(text(row, 9)));
    }

    private static DeniedParty deniedParty(CsvRows.Row row) {
        List<BusinessIdentifier> identifiers = new ArrayList<>();
        for (String item : items(row, 5, "identifiers")) {
            int colon = item.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("identifier '" + item + "' must be written CC:value, for example KZ:190540001230");
            }
            identifiers.add(new BusinessIdentifier(CountryCode.of(item.substring(0, colon)), item.substring(colon + 1)));
        }
        String country = text(row, 4);
        return new DeniedParty(text(row, 0), text(row, 1), text(row, 2), items(row, 3, "aliases"),
                country.isEmpty() ? null : CountryCode.of(country), identifiers, text(row, 6));
    }

    private static Measure measure(String value) {
        try {
            return Measure.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("measure '" + value + "' must be one of " + Arrays.toString(Measure.values()));
        }
    }

    private static Set<CountryCode> countries(CsvRows.Row row, int column, String name) {
        Set<CountryCode> countries = new LinkedHashSet<>();
        for (String item : items(row, column, name)) {
            countries.add(CountryCode.of(item));
        }
        return countries;
    }

    /** A ;-separated field; empty means none, but an empty item between separators is a typo. */
    private static List<String> items(CsvRows.Row row, int column, String name) {
        String value = text(row, column);
        if (value.isEmpty()) {
            return List.of();
        }
        List<String> items = Arrays.stream(value.split(";", -1)).map(String::strip).toList();
        if (items.contains("")) {
            throw new IllegalArgumentException(name + " '" + value + "' has an empty item between ';'");
        }
        return items;
    }

    private static String text(CsvRows.Row row, int column) {
        return row.get(column).strip();
    }

    private interface Parsing<T> {
        T parse();
    }

    private static <T> T parsing(String file, CsvRows.Row row, Parsing<T> parsing) {
        try {
            return parsing.parse();
        } catch (DateTimeParseException e) {
            throw new ScreeningListException(file + " line " + row.line() + ": date '" + e.getParsedString()
                    + "' must be written YYYY-MM-DD", e);
        } catch (IllegalArgumentException e) {
            throw new ScreeningListException(file + " line " + row.line() + ": " + e.getMessage(), e);
        }
    }

    private static void unique(String file, CsvRows.Row row, String column, String id, Map<String, Integer> seen) {
        Integer first = seen.putIfAbsent(id, row.line());
        if (first != null) {
            throw ScreeningListException.at(file, row.line(), column + " '" + id + "' already used on line " + first);
        }
    }

    private String read(String resource) {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ScreeningListException("Screening list resource " + resource + " is not on the classpath");
            }
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            throw new ScreeningListException(resource + " is not valid UTF-8", e);
        } catch (IOException e) {
            throw new ScreeningListException("Cannot read " + resource, e);
        }
    }
}
