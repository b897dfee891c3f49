package org.borderledger.screening.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Files refused as a whole: not what they claim to be, or with malformed rows, every one of which
 * is listed. Nothing is published from them.
 */
public class ListImportException extends RuntimeException {

    private final List<RowProblem> problems;

    public ListImportException(List<RowProblem> problems) {
        super(problems.stream().limit(20).map(p -> p.file() + (p.line() > 0 ? " line " + p.line() : "") + ": " + p.message())
                .collect(Collectors.joining("; ")) + (problems.size() > 20 ? "; and " + (problems.size() - 20) + " more" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
