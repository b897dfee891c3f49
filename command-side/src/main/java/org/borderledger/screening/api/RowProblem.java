package org.borderledger.screening.api;

/** What is wrong with one row (or, for {@code line} 0, with the file as a whole). */
public record RowProblem(String file, long line, String message) {
}
