package org.borderledger.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderledger.consignment.api.BusinessIdentifier;
import org.borderledger.consignment.api.CountryCode;
import org.borderledger.screening.api.DeniedParty;
import org.borderledger.screening.api.ListFile;

/**
 * OFAC's SDN list in its legacy CSV files as Treasury publishes them: {@code sdn.csv},
 * {@code alt.csv} and {@code add.csv}, no header, {@code -0-} for an empty field, and a last line
 * holding only the SUB control character. Each SDN entry becomes a denied party {@code SDN-<ent_num>}
 * with its aliases, the country of its first address and the company identifiers written in its
 * remarks.
 */
final class SdnLegacyCsv {

    static final String LIST_NAME = "US-SDN";
    static final String SDN = "sdn.csv";
    static final String ALT = "alt.csv";
    static final String ADD = "add.csv";
    static final List<String> SDN_COLUMNS = List.of("ent_num", "SDN_Name", "SDN_Type", "Program", "Title", "Call_Sign",
            "Vess_type", "Tonnage", "GRT", "Vess_flag", "Vess_owner", "Remarks");
    static final List<String> ALT_COLUMNS = List.of("ent_num", "alt_num", "alt_type", "alt_name", "alt_remarks");
    static final List<String> ADD_COLUMNS = List.of("ent_num", "add_num", "address", "city/state/postal code", "country",
            "add_remarks");

    private static final String NULL = "-0-";
    private static final String SUB = "\u001A";
    private static final Set<String> SDN_TYPES = Set.of("individual", "vessel", "aircraft");
    private static final Set<String> ALT_TYPES = Set.of("aka", "fka", "nka");
    /** How OFAC writes a company's identifiers in the remarks: "Tax ID No. 7700000000 (Russia)". */
    private static final Pattern IDENTIFIER = Pattern.compile("(?:^|;)\\s*(?:Tax ID No\\.|Registration Number|Registration ID"
            + "|Business Registration Number|Business Identification Number|Company Number)\\s+([^;()]+?)\\s+\\(([^)]+)\\)");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,15}");

    private SdnLegacyCsv() {
    }

    static List<DeniedParty> read(List<ListFile> files, ImportProblems problems) {
        Map<String, String> texts = texts(files, problems);
        problems.throwIfAny();
        Entries entries = entries(texts.get(SDN), problems);
        readAliases(texts.get(ALT), entries, problems);
        readAddresses(texts.get(ADD), entries, problems);
        problems.throwIfAny();
        List<DeniedParty> parties = new ArrayList<>(entries.byNumber.size());
        for (Entry entry : entries.byNumber.values()) {
            try {
                parties.add(entry.party());
            } catch (IllegalArgumentException e) {
                problems.add(SDN, entry.line, e.getMessage());
            }
        }
        return parties;
    }

    /** The three files' texts by name; a missing, unexpected, repeated, XML or non-UTF-8 file is reported. */
    private static Map<String, String> texts(List<ListFile> files, ImportProblems problems) {
        Map<String, String> texts = new HashMap<>();
        for (ListFile file : files) {
            String name = file.name().toLowerCase(Locale.ROOT);
            if (!List.of(SDN, ALT, ADD).contains(name)) {
                problems.file(file.name(), "is not one of the SDN legacy CSV files; upload sdn.csv, alt.csv and add.csv");
            } else if (texts.containsKey(name)) {
                problems.file(file.name(), "was uploaded twice");
            } else if (ListText.looksLikeXml(file.content())) {
                problems.file(file.name(), "is XML, not OFAC's legacy CSV; an EU Financial Sanctions File is published as EU_FSF");
            } else {
                ListText.utf8(file, problems).ifPresent(text -> texts.put(name, text));
            }
        }
        for (String name : List.of(SDN, ALT, ADD)) {
            if (files.stream().noneMatch(f -> f.name().equalsIgnoreCase(name))) {
                problems.file(name, "is missing: the SDN list is published as sdn.csv, alt.csv and add.csv of one release");
            }
        }
        return texts;
    }

    /** The file's records without Treasury's end-of-file line; the caller checks their width. */
    private static List<CsvListFile.Row> records(String file, String text, ImportProblems problems) {
        int before = problems.size();
        List<CsvListFile.Row> rows = new ArrayList<>(CsvListFile.rows(file, text, problems));
        // Treasury ends each file with a line holding only SUB (0x1A), the old DOS end-of-file mark
        if (!rows.isEmpty() && rows.get(rows.size() - 1).fields().equals(List.of(SUB))) {
            rows.remove(rows.size() - 1);
        }
        if (rows.isEmpty() && problems.size() == before) {
            problems.file(file, "is empty");
        }
        return rows;
    }

    private static Entries entries(String text, ImportProblems problems) {
        int before = problems.size();
        List<CsvListFile.Row> records = records(SDN, text, problems);
        boolean readToTheEnd = problems.size() == before;
        List<CsvListFile.Row> rows = CsvListFile.withColumns(SDN, records, SDN_COLUMNS, problems);
        Entries entries = new Entries(readToTheEnd && !rows.isEmpty());
        for (CsvListFile.Row row : rows) {
            Optional<Long> number = number(SDN, row, 0, "ent_num", problems);
            number.ifPresent(entries.listed::add);
            Optional<Entry> entry = entry(row, number, problems);
            if (entry.isPresent()) {
                Entry first = entries.byNumber.putIfAbsent(number.get(), entry.get());
                if (first != null) {
                    problems.add(SDN, row.line(), "ent_num " + number.get() + " is already used on line " + first.line);
                }
            }
        }
        return entries;
    }

    /** The entry of one sdn.csv row, or empty with every problem of the row reported. */
    private static Optional<Entry> entry(CsvListFile.Row row, Optional<Long> number, ImportProblems problems) {
        int before = problems.size();
        String name = value(row, 1);
        String type = value(row, 2);
        String program = value(row, 3);
        if (name == null) {
            problems.add(SDN, row.line(), "SDN_Name is empty");
        }
        if (type != null && !SDN_TYPES.contains(type)) {
            problems.add(SDN, row.line(), "SDN_Type '" + type + "' is not individual, vessel, aircraft or -0- (an entity)");
        }
        if (program == null) {
            problems.add(SDN, row.line(), "Program is empty");
        }
        List<BusinessIdentifier> identifiers = identifiers(row, problems);
        if (number.isEmpty() || problems.size() > before) {
            return Optional.empty();
        }
        // several programmes are written "UKRAINE-EO13662] [RUSSIA-EO14024"
        return Optional.of(new Entry(row.line(), number.get(), name, program.replace("] [", "; "), identifiers));
    }

    private static List<BusinessIdentifier> identifiers(CsvListFile.Row row, ImportProblems problems) {
        String remarks = value(row, 11);
        List<BusinessIdentifier> identifiers = new ArrayList<>();
        if (remarks == null) {
            return identifiers;
        }
        Matcher matcher = IDENTIFIER.matcher(remarks);
        while (matcher.find()) {
            Optional<CountryCode> country = CountryNames.code(matcher.group(2));
            if (country.isEmpty()) {
                continue; // an identifier issued by no country we can name screens on the name alone
            }
            try {
                identifiers.add(new BusinessIdentifier(country.get(), matcher.group(1)));
            } catch (IllegalArgumentException e) {
                problems.add(SDN, row.line(), "Remarks: " + e.getMessage());
            }
        }
        return identifiers;
    }

    private static void readAliases(String text, Entries entries, ImportProblems problems) {
        readDetails(ALT, text, ALT_COLUMNS, entries, problems, (row, altNumber, entry) -> {
            String type = value(row, 2);
            String name = value(row, 3);
            if (type != null && !ALT_TYPES.contains(type)) {
                problems.add(ALT, row.line(), "alt_type '" + type + "' is not aka, fka or nka");
            } else if (name == null) {
                problems.add(ALT, row.line(), "alt_name is empty");
            } else {
                entry.ifPresent(e -> e.aliases.put(altNumber, name));
            }
        });
    }

    private static void readAddresses(String text, Entries entries, ImportProblems problems) {
        readDetails(ADD, text, ADD_COLUMNS, entries, problems, (row, addNumber, entry) -> {
            String country = value(row, 4);
            // "Undetermined" and regions that are no country leave the entry without one
            if (country != null) {
                CountryNames.code(country).ifPresent(code -> entry.ifPresent(e -> e.countries.putIfAbsent(addNumber, code)));
            }
        });
    }

    /** What an alt.csv or add.csv row adds to its entry (if its ent_num is listed), once its own number is known to be unique. */
    private interface DetailRow {
        void read(CsvListFile.Row row, long number, Optional<Entry> entry);
    }

    /** Rows of alt.csv or add.csv: the ent_num of an sdn.csv entry, then their own number (alt_num, add_num), unique in the file. */
    private static void readDetails(String file, String text, List<String> columns, Entries entries, ImportProblems problems,
                                    DetailRow detail) {
        Map<Long, Long> numbers = new HashMap<>();
        for (CsvListFile.Row row : CsvListFile.withColumns(file, records(file, text, problems), columns, problems)) {
            Optional<Entry> entry = listedEntry(file, row, entries, problems);
            Optional<Long> number = number(file, row, 1, columns.get(1), problems);
            if (number.isPresent() && unique(file, row, columns.get(1), number.get(), numbers, problems)) {
                detail.read(row, number.get(), entry);
            }
        }
    }

    /** The sdn.csv entry an alt.csv or add.csv row belongs to. */
    private static Optional<Entry> listedEntry(String file, CsvListFile.Row row, Entries entries, ImportProblems problems) {
        Optional<Long> number = number(file, row, 0, "ent_num", problems);
        Optional<Entry> entry = number.map(entries.byNumber::get);
        // when sdn.csv could not be read to its end, an unknown number says nothing about alt.csv or add.csv
        if (number.isPresent() && entries.complete && !entries.listed.contains(number.get())) {
            problems.add(file, row.line(), "ent_num " + number.get() + " is not in sdn.csv");
        }
        return entry;
    }

    private static boolean unique(String file, CsvListFile.Row row, String column, long number, Map<Long, Long> lines,
                                  ImportProblems problems) {
        Long first = lines.putIfAbsent(number, row.line());
        if (first != null) {
            problems.add(file, row.line(), column + " " + number + " is already used on line " + first);
        }
        return first == null;
    }

    private static Optional<Long> number(String file, CsvListFile.Row row, int column, String name, ImportProblems problems) {
        String value = value(row, column);
        if (value != null && WHOLE_NUMBER.matcher(value).matches()) {
            return Optional.of(Long.parseLong(value));
        }
        problems.add(file, row.line(), name + " '" + (value == null ? NULL : value) + "' is not a whole number");
        return Optional.empty();
    }

    /** The field without surrounding spaces, or null for OFAC's "-0-". */
    private static String value(CsvListFile.Row row, int column) {
        String value = row.get(column).strip();
        return value.isEmpty() || value.equals(NULL) ? null : value;
    }

    /** The entries of sdn.csv by ent_num, every number it lists (also on rows with problems), and whether every row could be read. */
    private static final class Entries {

        final Map<Long, Entry> byNumber = new LinkedHashMap<>();
        final Set<Long> listed = new HashSet<>();
        final boolean complete;

        Entries(boolean complete) {
            this.complete = complete;
        }
    }

    /** One sdn.csv row with the aliases and address countries found for it, in alt_num and add_num order. */
    private static final class Entry {

        final long line;
        final long number;
        final String name;
        final String programme;
        final List<BusinessIdentifier> identifiers;
        final Map<Long, String> aliases = new TreeMap<>();
        final Map<Long, CountryCode> countries = new TreeMap<>();

        Entry(long line, long number, String name, String programme, List<BusinessIdentifier> identifiers) {
            this.line = line;
            this.number = number;
            this.name = name;
            this.programme = programme;
            this.identifiers = identifiers;
        }

        DeniedParty party() {
            CountryCode country = countries.isEmpty() ? null : countries.values().iterator().next();
            return new DeniedParty("SDN-" + number, LIST_NAME, name, List.copyOf(aliases.values()), country,
                    identifiers, programme);
        }
    }
}
