package org.borderledger.consignment.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Map;

/** A mass in kilograms: positive, at most three decimals (grams). */
public record Mass(BigDecimal kilograms) {

    /** 100,000 t: more than any road consignment can weigh. */
    static final BigDecimal MAX_KG = new BigDecimal("100000000");

    public Mass {
        if (kilograms == null) {
            throw InvalidValueException.required("mass", "Mass");
        }
        if (kilograms.signum() <= 0) {
            throw new InvalidValueException("mass", "notPositive", Map.of("value", kilograms.toPlainString()),
                    "Mass " + kilograms.toPlainString() + " kg must be positive");
        }
        if (kilograms.compareTo(MAX_KG) > 0) {
            throw new InvalidValueException("mass", "tooLarge", Map.of("value", kilograms.toPlainString(), "max", MAX_KG.toPlainString()),
                    "Mass " + kilograms.toPlainString() + " kg is larger than " + MAX_KG.toPlainString() + " kg");
        }
        if (kilograms.stripTrailingZeros().scale() > 3) {
            throw new InvalidValueException("mass", "tooManyDecimals", Map.of("value", kilograms.toPlainString(), "max", "3"),
                    "Mass " + kilograms.toPlainString() + " kg has more than three decimals");
        }
        DecimalDigits.check("mass", "Mass", kilograms);
    }

    @JsonCreator
    public static Mass kg(BigDecimal kilograms) {
        return new Mass(kilograms);
    }

    public static Mass kg(String kilograms) {
        if (kilograms == null || kilograms.isBlank()) {
            throw InvalidValueException.required("mass", "Mass");
        }
        try {
            return new Mass(new BigDecimal(kilograms.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("mass", "notANumber", Map.of("value", kilograms),
                    "Mass '" + kilograms + "' is not a number of kilograms");
        }
    }

    @JsonValue
    @Override
    public BigDecimal kilograms() {
        return kilograms;
    }

    @Override
    public String toString() {
        return kilograms.toPlainString() + " kg";
    }
}
