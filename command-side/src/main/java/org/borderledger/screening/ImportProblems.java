package org.borderledger.screening;

import java.util.ArrayList;
import java.util.List;
import org.borderledger.screening.api.ListImportException;
import org.borderledger.screening.api.RowProblem;

/**
 * The problems found while reading one source, collected so that the publisher sees every malformed
 * row at once. Collection stops at {@link #LIMIT}: a file with more is not the file it claims to be,
 * and a page of ten thousand messages helps nobody.
 */
final class ImportProblems {

    static final int LIMIT = 1_000;
    /** A message quotes what it found; a hostile file's 50-million-character field must not come back whole. */
    static final int MAX_MESSAGE = 500;

    private final List<RowProblem> problems = new ArrayList<>();
    private boolean truncated;

    void add(String file, long line, String message) {
        if (problems.size() < LIMIT) {
            problems.add(new RowProblem(file, line, message.length() <= MAX_MESSAGE ? message
                    : message.substring(0, MAX_MESSAGE) + "... (" + message.length() + " characters)"));
        } else if (!truncated) {
            truncated = true;
            problems.add(new RowProblem(file, 0, "more than " + LIMIT + " problems; reading stopped here"));
        }
    }

    /** A problem with the file as a whole (line 0). */
    void file(String file, String message) {
        add(file, 0, message);
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    int size() {
        return problems.size();
    }

    /** Refuses the whole source if anything was found. */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ListImportException(problems);
        }
    }
}
