package org.borderledger.consignment.api;

/** Where a consignment is in its life: the lifecycle of the README's "What a consignment goes through". */
public enum ConsignmentStatus {
    /** Declared, screening not yet recorded (only between the two events of a declaration). */
    DECLARED,
    /** YELLOW: waiting for an officer to check the documents. */
    AWAITING_DOCUMENT_CHECK,
    /** RED: waiting for a physical inspection to start. */
    AWAITING_INSPECTION,
    UNDER_INSPECTION,
    /** A document check or an inspection found a discrepancy: a hold or an amendment must follow. */
    DISCREPANCY_FOUND,
    /** Cleared for release: GREEN, documents in order, or inspected without discrepancy. */
    CLEARED,
    /** At least one hold is open. */
    HELD,
    RELEASED(true),
    /** Transit goods released at the office of departure, on their way to the exit post. */
    IN_TRANSIT,
    /** A transit movement ended at exit: the goods left the country. */
    DISCHARGED(true),
    SEIZED(true),
    /** Exit refused, goods turned back. */
    REFUSED(true),
    CANCELLED(true);

    private final boolean terminal;

    ConsignmentStatus() {
        this(false);
    }

    ConsignmentStatus(boolean terminal) {
        this.terminal = terminal;
    }

    public boolean isTerminal() {
        return terminal;
    }

    /** The status a consignment starts from in a channel, before any check has been done. */
    public static ConsignmentStatus awaiting(Channel channel) {
        return switch (channel) {
            case GREEN -> CLEARED;
            case YELLOW -> AWAITING_DOCUMENT_CHECK;
            case RED -> AWAITING_INSPECTION;
        };
    }
}
