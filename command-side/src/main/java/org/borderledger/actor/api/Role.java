package org.borderledger.actor.api;

/** What a person (or the system itself) may do: the roles of the README's "Users" table. */
public enum Role {
    OFFICER, SUPERVISOR, AUDITOR, ADMIN,
    /** The application acting on its own, e.g. re-screening when a new list version is published. */
    SYSTEM,
    /**
     * Another agency's system following the event feed: it reads the feed and nothing else, and no
     * command names it in {@link AllowedRoles}, so the command bus refuses it everything.
     */
    FEED;

    /** Whether this role does the work of {@code role}: its own, and a supervisor everything an officer does. */
    public boolean includes(Role role) {
        return this == role || this == SUPERVISOR && role == OFFICER;
    }
}
