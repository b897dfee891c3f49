package org.borderledger.web.holds;

import java.util.Arrays;

/** Codes as they arrive from a form or the address: a value typed by hand that names no code reads as none. */
final class Codes {

    private Codes() {
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return isBlank(value) ? null : Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(value.strip())).findFirst().orElse(null);
    }
}
