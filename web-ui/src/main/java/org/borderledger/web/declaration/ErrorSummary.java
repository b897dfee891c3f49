package org.borderledger.web.declaration;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The list above a refused declaration form: each message with the input it is about ("Goods line 2 ·
 * Country of origin: …"), so that two alike messages say which is which, in the order the inputs
 * stand on the page. Labels are message keys of the form's own labels.
 */
public record ErrorSummary(List<Entry> entries) {

    /** The parts of the form from top to bottom, and the inputs within a party, the transport or a goods line. */
    private static final List<String> PARTS = List.of("reference", "direction", "borderPost", "declarant", "exporter",
            "consignee", "carrier", "countryOfDispatch", "countryOfDestination", "routeCountries", "transport", "goods", "transit", "reason");
    private static final List<String> INPUTS = List.of("name", "country", "identifier", "address", "mode",
            "vehicleRegistration", "containers", "hsCode", "description", "countryOfOrigin", "quantity", "unit",
            "grossMass", "netMass", "value", "currency", "exitPost", "seals", "guaranteeAmount", "guaranteeCurrency",
            "timeLimitDate", "timeLimitTime");
    private static final Map<String, String> LABELS = Map.of("transport.mode", "declaration.transportMode",
            "transport.vehicleRegistration", "declaration.vehicleRegistration", "transport.containers", "declaration.containers",
            "transit.exitPost", "declaration.transit.exitPost", "transit.seals", "declaration.transit.seals",
            "transit.guaranteeAmount", "declaration.transit.guaranteeAmount",
            "transit.guaranteeCurrency", "declaration.transit.guaranteeCurrency",
            "transit.timeLimitDate", "declaration.transit.timeLimitDate",
            "transit.timeLimitTime", "declaration.transit.timeLimitTime");
    private static final Pattern PATH = Pattern.compile("([a-zA-Z]+)(?:\\[(\\d+)])?(?:\\.([a-zA-Z]+))?");

    /**
     * One message. {@code sectionKey} names the fieldset (a party, a goods line numbered {@code line}
     * from 1) when the input's own label does not say it; {@code labelKey} is the input's label, null
     * for a message about a whole part.
     */
    public record Entry(String path, String sectionKey, Integer line, String labelKey, String message) {
    }

    static ErrorSummary of(Map<String, String> errorsByPath) {
        return new ErrorSummary(errorsByPath.entrySet().stream().map(error -> placed(error.getKey(), error.getValue()))
                .sorted(Comparator.comparingInt(Placed::order)).map(Placed::entry).toList());
    }

    /** An entry with its place on the page: its part, then its goods line, then its input within them. */
    private record Placed(Entry entry, int order) {
    }

    private static Placed placed(String path, String message) {
        Matcher parts = PATH.matcher(path);
        boolean known = parts.matches();
        int part = rank(PARTS, known ? parts.group(1) : path);
        int line = known && parts.group(2) != null ? Integer.parseInt(parts.group(2)) + 1 : 0;
        int input = rank(INPUTS, known && parts.group(3) != null ? parts.group(3) : "");
        return new Placed(entry(path, message), (part * 10_000 + line) * 100 + input);
    }

    private static Entry entry(String path, String message) {
        Matcher parts = PATH.matcher(path);
        if (!parts.matches()) {
            return new Entry(path, null, null, null, message);
        }
        String part = parts.group(1);
        String input = parts.group(3);
        if (parts.group(2) != null) {
            int line = Integer.parseInt(parts.group(2)) + 1;
            return new Entry(path, "declaration.goodsLine", line, input == null ? null : "declaration." + input, message);
        }
        if (input == null) {
            String label = "goods".equals(part) ? null : "reason".equals(part) ? "amendment.reason" : "declaration." + part;
            return new Entry(path, null, null, label, message);
        }
        String label = LABELS.get(path);
        return label != null ? new Entry(path, null, null, label, message)
                : new Entry(path, "declaration.party." + part, null, "declaration." + input, message);
    }

    /** The position in {@code order}; what is not in it comes last. */
    private static int rank(List<String> order, String name) {
        int index = order.indexOf(name);
        return index < 0 ? order.size() : index;
    }
}
