package org.borderledger.screening;

/** A list file that cannot be used; says which file and line so the publisher can fix it. */
public class ScreeningListException extends RuntimeException {

    public ScreeningListException(String message) {
        super(message);
    }

    public ScreeningListException(String message, Throwable cause) {
        super(message, cause);
    }

    public static ScreeningListException at(String file, int line, String problem) {
        return new ScreeningListException(file + " line " + line + ": " + problem);
    }
}
