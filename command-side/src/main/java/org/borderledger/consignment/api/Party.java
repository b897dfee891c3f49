package org.borderledger.consignment.api;

/** A trader named on a declaration, as written by the declarant, with an optional identifier. */
public record Party(String name, CountryCode country, BusinessIdentifier identifier, String address) {

    public static final int MAX_NAME = 200;
    public static final int MAX_ADDRESS = 300;

    public Party {
        name = FreeText.required("name", "Party name", name, MAX_NAME);
        if (country == null) {
            throw InvalidValueException.required("country", "Country of the party");
        }
        address = FreeText.optional("address", "Address", address, MAX_ADDRESS);
    }

    public static Party of(String name, String country) {
        return new Party(name, CountryCode.of(country), null, null);
    }
}
