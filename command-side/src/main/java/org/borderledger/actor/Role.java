package org.borderledger.actor;

/** What a person (or the system itself) may do; see DESIGN.md, "Who uses it, and for what". */
public enum Role {
    OFFICER, SUPERVISOR, AUDITOR, ADMIN,
    /** The application acting on its own, e.g. re-screening when a new list version is published. */
    SYSTEM
}
