package org.borderledger.consignment.api;

/** One seal of the movement as found at arrival. */
public record SealCheck(String sealNumber, SealCondition condition) {

    public SealCheck {
        sealNumber = TransitDetails.sealNumber(sealNumber);
        if (condition == null) {
            throw InvalidValueException.required("seals", "Seal condition");
        }
    }

    public boolean intact() {
        return condition == SealCondition.INTACT;
    }
}
