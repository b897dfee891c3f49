package org.borderledger.consignment.api;

/**
 * A value refused at the border of the system: names the field and says what is wrong with it,
 * so the console and the API can show the message next to the input.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String field;

    public InvalidValueException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
