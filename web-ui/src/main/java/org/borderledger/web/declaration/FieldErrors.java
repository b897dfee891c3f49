package org.borderledger.web.declaration;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.borderledger.consignment.api.InvalidValueException;

/**
 * The refused values of one submit, by form path ({@code goods[2].hsCode}, {@code consignee.country}). The
 * first message for a path wins, and a message about a whole part ({@code goods}) is dropped when one
 * of its inputs already has one, so each input shows the most specific message about it.
 */
public final class FieldErrors {

    private final Map<String, InvalidValueException> byPath = new LinkedHashMap<>();

    /** Builds a value; when the domain refuses it, the message goes to {@code path} and the result is null. */
    public <T> T attempt(String path, Supplier<T> build) {
        return attempt(field -> path, build);
    }

    /** Builds a part whose refusal names its own field, placed on the form by {@code pathOfField}. */
    public <T> T attempt(Function<String, String> pathOfField, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException refused) {
            add(pathOfField.apply(refused.field()), refused);
            return null;
        }
    }

    public void add(String path, InvalidValueException refused) {
        boolean coveredByAnInput = byPath.keySet().stream()
                .anyMatch(known -> known.equals(path) || known.startsWith(path + ".") || known.startsWith(path + "["));
        if (!coveredByAnInput) {
            byPath.put(path, refused);
        }
    }

    public boolean isEmpty() {
        return byPath.isEmpty();
    }

    /** Said in the reader's language by {@link org.borderledger.web.ProblemTexts}. */
    public Map<String, InvalidValueException> byPath() {
        return Collections.unmodifiableMap(byPath);
    }
}
