package org.borderledger.circumvention.api;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The open circumvention hits per post (posts without any are left out), in the order of the posts' names. */
public record CircumventionCounts(List<AtPost> posts) {

    public CircumventionCounts {
        posts = List.copyOf(posts);
    }

    /** The counts of one post, every kind present (zero when none). */
    public record AtPost(String borderPost, Map<CircumventionKind, Integer> counts) {

        public AtPost {
            EnumMap<CircumventionKind, Integer> all = new EnumMap<>(CircumventionKind.class);
            for (CircumventionKind kind : CircumventionKind.values()) {
                all.put(kind, counts.getOrDefault(kind, 0));
            }
            counts = Map.copyOf(all);
        }

        public int count(CircumventionKind kind) {
            return counts.get(kind);
        }
    }

    public List<CircumventionKind> kinds() {
        return List.of(CircumventionKind.values());
    }

    public int total(CircumventionKind kind) {
        return posts.stream().mapToInt(post -> post.count(kind)).sum();
    }

    public boolean isEmpty() {
        return posts.isEmpty();
    }
}
