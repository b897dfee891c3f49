package org.borderledger.consignment.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that a value is refused at the border of the system, for the given field. */
final class Rejections {

    private Rejections() {
    }

    /**
     * Asserts that {@code call} throws an {@link InvalidValueException} naming {@code field}; chain
     * {@code hasMessageContaining(...)} to check what the message says.
     */
    static AbstractThrowableAssert<?, ? extends Throwable> assertRejected(ThrowingCallable call, String field) {
        return assertThatThrownBy(call)
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).as("field of the rejection").isEqualTo(field));
    }
}
