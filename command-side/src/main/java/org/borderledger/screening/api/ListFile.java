package org.borderledger.screening.api;

import java.util.Objects;

/** One file as an administrator uploaded it: its name and its bytes, untouched. */
public record ListFile(String name, byte[] content) {

    public ListFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }
}
