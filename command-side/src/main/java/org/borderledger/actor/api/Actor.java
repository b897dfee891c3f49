package org.borderledger.actor.api;

import java.util.Map;
import java.util.Objects;
import org.axonframework.messaging.MetaData;

/**
 * Who sends a command: user id, role and border post. Travels as message metadata and, through
 * Axon's correlation data providers, is stored with every event the command causes.
 */
public record Actor(String userId, Role role, String borderPost) {

    public static final String USER_ID = "userId";
    public static final String ROLE = "role";
    public static final String BORDER_POST = "borderPost";

    /** The application itself, acting on a published list version rather than on a person's command. */
    public static final Actor SYSTEM = new Actor("system", Role.SYSTEM, "-");

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        borderPost = borderPost == null ? "-" : borderPost;
    }

    public MetaData asMetaData() {
        return MetaData.from(Map.of(USER_ID, userId, ROLE, role.name(), BORDER_POST, borderPost));
    }

    /** The actor named in a message's metadata, or empty when the message carries none. */
    public static java.util.Optional<Actor> from(MetaData metaData) {
        Object userId = metaData.get(USER_ID);
        Object role = metaData.get(ROLE);
        if (userId == null || role == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new Actor(userId.toString(), Role.valueOf(role.toString()),
                    String.valueOf(metaData.getOrDefault(BORDER_POST, "-"))));
        } catch (IllegalArgumentException unknownRole) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String toString() {
        return userId + " (" + role + ", " + borderPost + ")";
    }
}
