package org.borderledger.detail.api;

import java.util.List;
import java.util.Objects;

/**
 * The possible re-exports no supervisor has decided yet, on consignments of {@code borderPosts}, oldest
 * declaration first: a list of {@link OpenReexport}.
 */
public record FetchOpenReexportsQuery(List<String> borderPosts) {

    public FetchOpenReexportsQuery {
        borderPosts = List.copyOf(Objects.requireNonNull(borderPosts, "borderPosts"));
    }
}
