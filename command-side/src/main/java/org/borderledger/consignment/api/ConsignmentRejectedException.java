package org.borderledger.consignment.api;

import java.util.Map;

/**
 * A command refused by a rule of the domain. Carries a stable code, a message written for the
 * person who sent the command (in English, for logs and the API) and named facts; the console says
 * it in the reader's language from the message key {@code refusal.<CODE>} (or
 * {@code refusal.<CODE>.<variant>} where one code has several sentences) filled with the facts.
 * Nothing was stored.
 */
public class ConsignmentRejectedException extends RuntimeException {

    private final RejectionCode code;
    private final String variant;
    private final Map<String, String> details;

    public ConsignmentRejectedException(RejectionCode code, String message) {
        this(code, message, Map.of());
    }

    public ConsignmentRejectedException(RejectionCode code, String message, Map<String, String> details) {
        this(code, null, message, details);
    }

    /** {@code variant} names which of the code's sentences fits (null for the code's own). */
    public ConsignmentRejectedException(RejectionCode code, String variant, String message, Map<String, String> details) {
        super(message, null, false, false);
        this.code = code;
        this.variant = variant;
        this.details = Map.copyOf(details);
    }

    public RejectionCode code() {
        return code;
    }

    /** Structured facts behind the message (for a stale version: who changed it, when, to which version). */
    public Map<String, String> details() {
        return details;
    }

    /** The message key of the sentence, whose named placeholders are the {@link #details()}. */
    public String messageKey() {
        return messageKey(code, variant);
    }

    public static String messageKey(RejectionCode code, String variant) {
        return "refusal." + code + (variant == null ? "" : "." + variant);
    }
}
