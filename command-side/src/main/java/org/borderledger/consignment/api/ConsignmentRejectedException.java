package org.borderledger.consignment.api;

import java.util.Map;

/**
 * A command refused by a rule of the domain. Carries a stable code and a message written for the
 * person who sent the command; nothing was stored.
 */
public class ConsignmentRejectedException extends RuntimeException {

    private final RejectionCode code;
    private final Map<String, String> details;

    public ConsignmentRejectedException(RejectionCode code, String message) {
        this(code, message, Map.of());
    }

    public ConsignmentRejectedException(RejectionCode code, String message, Map<String, String> details) {
        super(message, null, false, false);
        this.code = code;
        this.details = Map.copyOf(details);
    }

    public RejectionCode code() {
        return code;
    }

    /** Structured facts behind the message (for a stale version: who changed it, when, to which version). */
    public Map<String, String> details() {
        return details;
    }
}
