package org.borderledger.recovery;

/** A declaration as the API takes it, screened on arrival against the lists in force. */
final class Declarations {

    private Declarations() {
    }

    static String json(String reference) {
        return """
                {"reference": "%s", "direction": "EXPORT", "borderPost": "Kurmangazy",
                 "declarant": {"name": "TOO Dala Logistics", "country": "KZ"},
                 "exporter": {"name": "TOO Dala Logistics", "country": "KZ"},
                 "consignee": {"name": "Ural Furniture Trading", "country": "RU"},
                 "countryOfDispatch": "KZ", "countryOfDestination": "RU", "routeCountries": ["RU"],
                 "transport": {"mode": "ROAD", "vehicleRegistration": "123 ABC 02", "containers": []},
                 "goods": [{"lineNumber": 1, "hsCode": "940330", "description": "Steel furniture",
                            "quantity": {"amount": 40, "unit": "PCE"}, "grossMass": 1200, "netMass": 1100,
                            "value": {"amount": 250000, "currency": "KZT"}, "countryOfOrigin": "KZ"}]}
                """.formatted(reference);
    }
}
