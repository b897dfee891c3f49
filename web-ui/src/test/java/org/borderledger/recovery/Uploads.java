package org.borderledger.recovery;

import java.nio.charset.StandardCharsets;
import org.springframework.mock.web.MockMultipartFile;

/** What the recovery tests send: a declaration as the API takes it (screened on arrival), and an EU list file. */
final class Uploads {

    private Uploads() {
    }

    static String declaration(String reference) {
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

    /** The EU Financial Sanctions File with one entity, EU-7001, named {@code name}. */
    static MockMultipartFile euFileWithName(String name) {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <export xmlns="http://eu.europa.ec/fpi/fsd/export">
                  <sanctionEntity logicalId="7001">
                    <regulation programme="RUS"/>
                    <subjectType code="enterprise"/>
                    <nameAlias wholeName="%s" strong="true"/>
                  </sanctionEntity>
                </export>
                """.formatted(name);
        return new MockMultipartFile("files", "eu.xml", "application/xml", xml.getBytes(StandardCharsets.UTF_8));
    }
}
