package org.borderledger.web.audit;

/**
 * Why a filter was not applied: an instant that could not be read (its field and what was typed), or
 * a rule of the query, such as a range that ends before it starts (its message).
 */
record FilterProblem(String field, String typed, String message) {

    static FilterProblem of(IllegalArgumentException refused) {
        return refused instanceof UtcInstants.InvalidFilter unreadable
                ? new FilterProblem(unreadable.field(), unreadable.typed(), null)
                : new FilterProblem(null, null, refused.getMessage());
    }
}
