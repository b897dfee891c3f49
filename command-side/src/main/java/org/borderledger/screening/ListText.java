package org.borderledger.screening;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.borderledger.screening.api.ListFile;

/** A list file's bytes as text: strict UTF-8 (a mis-decoded name would screen wrongly) and what the file looks like. */
final class ListText {

    private static final char BOM = '\uFEFF';

    private ListText() {
    }

    /** The text without a byte-order mark, or empty with the problem reported (the line of the first bad byte). */
    static Optional<String> utf8(ListFile file, ImportProblems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(file.content());
        CharBuffer out = CharBuffer.allocate(file.content().length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            problems.add(file.name(), lineOf(file.content(), at), String.format(
                    "is not UTF-8: byte 0x%02X cannot start or continue a UTF-8 character; save the file as UTF-8",
                    file.content()[at] & 0xFF));
            return Optional.empty();
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return Optional.of(!text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text);
    }

    /** Whether the content starts (after a byte-order mark and white space) with '<', as XML does and CSV does not. */
    static boolean looksLikeXml(byte[] content) {
        int i = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < content.length && Character.isWhitespace(content[i])) {
            i++;
        }
        return i < content.length && content[i] == '<';
    }

    private static long lineOf(byte[] content, int position) {
        long line = 1;
        for (int i = 0; i < position; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
