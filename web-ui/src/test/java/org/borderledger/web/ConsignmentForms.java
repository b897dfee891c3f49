package org.borderledger.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The console's consignment forms as a browser posts them, CSRF token included; the test adds who
 * sends them. Fields are given as pairs: input name, value, ...
 */
public final class ConsignmentForms {

    /** A complete declaration of two goods lines, as the new-declaration form sends it. */
    private static final String[] VALID_DECLARATION = {"direction", "EXPORT", "borderPost", "Kurmangazy",
            "declarant.name", "TOO Dala Logistics", "declarant.country", "KZ",
            "declarant.identifier", "040540000014", "declarant.address", "Almaty, 1 Example Avenue",
            "exporter.name", "TOO Dala Logistics", "exporter.country", "KZ", "exporter.identifier", "", "exporter.address", "",
            "consignee.name", "Ural Furniture Trading", "consignee.country", "RU", "consignee.identifier", "",
            "consignee.address", "", "carrier.name", "", "carrier.country", "", "carrier.identifier", "", "carrier.address", "",
            "countryOfDispatch", "KZ", "countryOfDestination", "RU", "routeCountries", "ru, BY",
            "transport.mode", "ROAD", "transport.vehicleRegistration", "123 ABC 02", "transport.containers", "CSQU3054383",
            "goods[0].hsCode", "9403.30", "goods[0].description", "Steel tubes", "goods[0].quantity", "40",
            "goods[0].unit", "PCE", "goods[0].grossMass", "1200", "goods[0].netMass", "1100", "goods[0].value", "250000",
            "goods[0].currency", "KZT", "goods[0].countryOfOrigin", "KZ",
            "goods[1].hsCode", "940130", "goods[1].description", "Office chairs", "goods[1].quantity", "12",
            "goods[1].unit", "PCE", "goods[1].grossMass", "120.5", "goods[1].netMass", "100", "goods[1].value", "480.50",
            "goods[1].currency", "USD", "goods[1].countryOfOrigin", "CN"};

    private ConsignmentForms() {
    }

    /** The new-declaration form filled in validly under {@code reference}, with {@code changes} typed over it. */
    public static MockHttpServletRequestBuilder declaration(String reference, String... changes) {
        return filledIn("/consignments", reference, changes);
    }

    /**
     * The amendment form of a consignment declared by {@link #declaration} under {@code reference}, sent
     * at the version the form showed, with {@code changes} (a {@code reason} among them) typed over it.
     */
    public static MockHttpServletRequestBuilder amendment(String consignmentId, String reference, long expectedVersion,
                                                          String... changes) {
        return filledIn("/consignments/" + consignmentId + "/amendment", reference, changes)
                .param("expectedVersion", Long.toString(expectedVersion));
    }

    private static MockHttpServletRequestBuilder filledIn(String path, String reference, String... changes) {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("reference", reference);
        for (String[] pairs : new String[][] {VALID_DECLARATION, changes}) {
            for (int i = 0; i < pairs.length; i += 2) {
                inputs.put(pairs[i], pairs[i + 1]);
            }
        }
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        inputs.forEach(request::param);
        return request;
    }

    /** An action form of the consignment page ({@code release}, {@code hold}, ...), sent at the version the page showed. */
    public static MockHttpServletRequestBuilder action(String consignmentId, String action, long expectedVersion,
                                                       String... fields) {
        return withFields(post("/consignments/" + consignmentId + "/" + action).with(csrf())
                .param("expectedVersion", Long.toString(expectedVersion)), fields);
    }

    /** The review form of a hold, at {@code /holds/<consignment id>/<hold id>}. */
    public static MockHttpServletRequestBuilder holdReview(String hold, long expectedVersion, String decision, String reason,
                                                           String text, String referredAgency) {
        return post("/holds/" + hold).with(csrf()).param("decision", decision).param("reason", reason).param("text", text)
                .param("referredAgency", referredAgency).param("expectedVersion", Long.toString(expectedVersion));
    }

    private static MockHttpServletRequestBuilder withFields(MockHttpServletRequestBuilder request, String... fields) {
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return request;
    }
}
