package org.borderledger.consignment;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.borderledger.consignment.api.Declaration;

/** Names the parts of a declaration that an amendment changed, so the timeline can say what moved. */
final class DeclarationChanges {

    private DeclarationChanges() {
    }

    static List<String> between(Declaration before, Declaration after) {
        return Arrays.stream(Declaration.class.getRecordComponents())
                .filter(component -> !Objects.equals(read(component, before), read(component, after)))
                .map(RecordComponent::getName)
                .toList();
    }

    private static Object read(RecordComponent component, Declaration declaration) {
        try {
            return component.getAccessor().invoke(declaration);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of a declaration", e);
        }
    }
}
