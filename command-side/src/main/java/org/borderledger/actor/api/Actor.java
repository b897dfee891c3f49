package org.borderledger.actor.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.messaging.MetaData;

/**
 * Who sends a command: user id, role, the border post they act at and the posts they are posted to
 * (their jurisdiction; a supervisor may hold several). Travels as message metadata and, through
 * Axon's correlation data providers, is stored with every event the command causes.
 */
public record Actor(String userId, Role role, String borderPost, List<String> borderPosts) {

    public static final String USER_ID = "userId";
    public static final String ROLE = "role";
    public static final String BORDER_POST = "borderPost";
    public static final String BORDER_POSTS = "borderPosts";

    /** The application itself, acting on a published list version rather than on a person's command. */
    public static final Actor SYSTEM = new Actor("system", Role.SYSTEM, "-");

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        borderPost = borderPost == null ? "-" : borderPost;
        borderPosts = borderPosts == null ? postedAt(borderPost) : List.copyOf(borderPosts);
    }

    /** A person posted at one post only (or, with "-", at none). */
    public Actor(String userId, Role role, String borderPost) {
        this(userId, role, borderPost, null);
    }

    /**
     * Whether this actor may act on a consignment at {@code post}: officers and supervisors only at their
     * own posts; the other roles are not bound to a post (what they may send at all is their role's rule).
     */
    public boolean mayActAt(String post) {
        return !role.includes(Role.OFFICER) || borderPosts.contains(post);
    }

    public MetaData asMetaData() {
        return MetaData.from(Map.of(USER_ID, userId, ROLE, role.name(), BORDER_POST, borderPost, BORDER_POSTS, borderPosts));
    }

    /**
     * The actor named in a message's metadata, or empty when the message carries none. Events stored
     * before actors carried their posts name one post: it stands for their jurisdiction.
     */
    public static java.util.Optional<Actor> from(MetaData metaData) {
        Object userId = metaData.get(USER_ID);
        Object role = metaData.get(ROLE);
        if (userId == null || role == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new Actor(userId.toString(), Role.valueOf(role.toString()),
                    String.valueOf(metaData.getOrDefault(BORDER_POST, "-")),
                    metaData.get(BORDER_POSTS) instanceof Collection<?> posts
                            ? posts.stream().map(String::valueOf).toList() : null));
        } catch (IllegalArgumentException unknownRole) {
            return java.util.Optional.empty();
        }
    }

    private static List<String> postedAt(String borderPost) {
        return "-".equals(borderPost) ? List.of() : List.of(borderPost);
    }

    @Override
    public String toString() {
        return userId + " (" + role + ", " + borderPost + ")";
    }
}
