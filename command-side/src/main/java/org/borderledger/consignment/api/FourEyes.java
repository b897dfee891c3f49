package org.borderledger.consignment.api;

/**
 * Four eyes: a hold is decided by someone other than whoever placed it. An automatic hold counts as
 * placed by the sender of the command whose screening placed it. The aggregate refuses a decision
 * against it ({@link RejectionCode#FOUR_EYES}); the held-goods queue and the review page show by it
 * who may decide.
 */
public final class FourEyes {

    private FourEyes() {
    }

    /** Whether the user {@code deciding} may decide a hold that the user {@code placedBy} placed. */
    public static boolean mayDecide(String deciding, String placedBy) {
        return !deciding.equals(placedBy);
    }
}
