package org.borderledger.live;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The consignments one processing group has changed in one committed batch, as the text of a
 * PostgreSQL notice: the group on the first line, then one consignment id per line.
 */
record ChangeNotice(String processingGroup, List<String> consignmentIds) {

    static final String CHANNEL = "projection_changed";

    /** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more; this leaves room to spare. */
    static final int MAX_PAYLOAD_BYTES = 7900;

    /** The payloads announcing the given changes, each one under the size PostgreSQL accepts. */
    static List<String> payloads(String processingGroup, Collection<String> consignmentIds) {
        List<String> payloads = new ArrayList<>();
        StringBuilder payload = new StringBuilder(processingGroup);
        int bytes = utf8Length(processingGroup);
        for (String id : consignmentIds) {
            int length = 1 + utf8Length(id);
            if (bytes + length > MAX_PAYLOAD_BYTES && payload.length() > processingGroup.length()) {
                payloads.add(payload.toString());
                payload = new StringBuilder(processingGroup);
                bytes = utf8Length(processingGroup);
            }
            payload.append('\n').append(id);
            bytes += length;
        }
        if (payload.length() > processingGroup.length()) {
            payloads.add(payload.toString());
        }
        return payloads;
    }

    static ChangeNotice parse(String payload) {
        List<String> lines = Arrays.asList(payload.split("\n"));
        return new ChangeNotice(lines.get(0), List.copyOf(lines.subList(1, lines.size())));
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
