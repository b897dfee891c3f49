package org.borderledger.messaging;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.io.OutputDecorator;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * One bound for the JSON that Axon stores (events, snapshots, tokens, dead letters), enforced when it
 * is written and accepted when it is read, so that nothing stored can be refused on the way back.
 * Jackson's read defaults (20 million characters a string, 1,000 digits a number) are narrower than
 * what its writer produces, and its writer checks only nesting: a message once stored past a read
 * default stops every reader of the event stream. Here a document is at most {@link #MAX_DOCUMENT_BYTES},
 * a writer that passes it fails before anything is stored, and a reader accepts any string or name
 * that fits in such a document. Nesting is bounded alike on both sides. Numbers keep Jackson's read
 * limit of 1,000 digits, because this mapper also reads the API's request bodies, where a longer
 * number is refused as too large. Stored numbers stay far below that limit: amounts have at most 30
 * digits (consignment.api.DecimalDigits), and the rest are ints, longs and doubles.
 */
final class StoredJsonLimits {

    /** Well over the largest real publication (both denied-party lists whole are some tens of MB of JSON). */
    static final int MAX_DOCUMENT_BYTES = 128 * 1024 * 1024;
    static final int MAX_NESTING_DEPTH = 1_000;

    private StoredJsonLimits() {
    }

    static JsonFactory jsonFactory() {
        return jsonFactory(MAX_DOCUMENT_BYTES);
    }

    /** With another bound, for a test that writes a document exactly at it. */
    static JsonFactory jsonFactory(int maxDocumentBytes) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(maxDocumentBytes)
                        .maxStringLength(maxDocumentBytes)
                        .maxNameLength(maxDocumentBytes)
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .build())
                .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                .outputDecorator(new SizeLimit(maxDocumentBytes))
                .build();
    }

    /** Counts what a generator writes and refuses the unit (byte or character) past the bound. */
    private static final class SizeLimit extends OutputDecorator {

        private final int maxBytes;

        SizeLimit(int maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public OutputStream decorate(IOContext context, OutputStream out) {
            Budget budget = new Budget(maxBytes);
            return new FilterOutputStream(out) {
                @Override
                public void write(int b) throws IOException {
                    budget.spend(1);
                    out.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    budget.spend(length);
                    out.write(bytes, offset, length);
                }
            };
        }

        @Override
        public Writer decorate(IOContext context, Writer writer) {
            // a character is at least one byte once stored as UTF-8: counting characters never lets more through
            Budget budget = new Budget(maxBytes);
            // Writer routes its single-character and string writes through this one method
            return new Writer() {
                @Override
                public void write(char[] chars, int offset, int length) throws IOException {
                    budget.spend(length);
                    writer.write(chars, offset, length);
                }

                @Override
                public void flush() throws IOException {
                    writer.flush();
                }

                @Override
                public void close() throws IOException {
                    writer.close();
                }
            };
        }
    }

    private static final class Budget {

        private final int maxBytes;
        private long written;

        Budget(int maxBytes) {
            this.maxBytes = maxBytes;
        }

        void spend(int units) throws StreamConstraintsException {
            written += units;
            if (written > maxBytes) {
                throw new StreamConstraintsException("The message's JSON is longer than " + maxBytes
                        + " bytes, the most that is stored; nothing was stored");
            }
        }
    }
}
