package org.borderledger.web.api;

import static org.borderledger.web.security.ConsoleUsers.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.support.FreshConsoleDatabase;
import org.borderledger.support.InstanceClient;
import org.borderledger.support.Lifecycles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A transit movement through the API, every exchange checked against the OpenAPI document: declared with
 * its transit details at Kurmangazy, released into transit there, and its arrival recorded at Syrym by an
 * officer of Syrym, as declared (discharged) or with a broken seal (held for a supervisor, whose lift
 * discharges it).
 */
@SpringBootTest(properties = {"borderledger.screening.random-yellow-share=0", "borderledger.screening.random-red-share=0"})
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
class TransitApiTest {

    private static final String ARRIVAL_AS_DECLARED = """
            {"arrivalPost": "Syrym", "seals": [{"sealNumber": "KZ-100234", "condition": "INTACT"},
             {"sealNumber": "KZ-100235", "condition": "INTACT"}], "vehicleRegistration": "123 ABC 02"}""";

    @Autowired
    MockMvc mvc;

    @Test
    void aMovementReleasedAtKurmangazyIsDischargedByItsArrivalAtSyrym() throws Exception {
        String id = inTransit();

        change("o.aliyev", id, 2, ARRIVAL_AS_DECLARED)
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("OUT_OF_JURISDICTION"));
        change("o.nurlanova", id, 2, ARRIVAL_AS_DECLARED)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DISCHARGED"))
                .andExpect(jsonPath("$.version").value(4));
    }

    @Test
    void aBrokenSealHoldsTheGoodsUntilASupervisorOfTheExitPostLiftsTheHold() throws Exception {
        String id = inTransit();

        change("o.nurlanova", id, 2, """
                {"arrivalPost": "Syrym", "seals": [{"sealNumber": "KZ-100234", "condition": "INTACT"},
                 {"sealNumber": "kz-100235", "condition": "BROKEN"}], "otherSeals": ["RU-5531"],
                 "vehicleRegistration": "123 ABC 02", "note": "Rear door seal cut"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("HELD"))
                .andExpect(jsonPath("$.version").value(4));
        mvc.perform(get("/api/consignments/" + id + "/holds/AUTO-1").with(httpBasic("s.karimov", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reason").value("TRANSIT_DISCREPANCY"))
                .andExpect(jsonPath("$.text").value("Transit arrival at Syrym: seal KZ-100235 broken;"
                        + " seals not declared RU-5531"));
        mvc.perform(post("/api/consignments/" + id + "/holds/AUTO-1/reviews").with(httpBasic("s.karimov", DEMO_PASSWORD))
                        .header("If-Match", "\"4\"").contentType(MediaType.APPLICATION_JSON).content("""
                                {"decision": "LIFT", "reason": "OTHER", "text": "Seal replaced at a weighbridge, goods counted"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DISCHARGED"))
                .andExpect(jsonPath("$.version").value(6));
    }

    @Test
    void anArrivalThatLeavesADeclaredSealUnsaidOrCallsItTornIsRefused() throws Exception {
        String id = inTransit();

        change("o.nurlanova", id, 2, """
                {"arrivalPost": "Syrym", "seals": [{"sealNumber": "KZ-100234", "condition": "INTACT"}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_INPUT"))
                .andExpect(jsonPath("$.seals").value("KZ-100234, KZ-100235"));
        change("o.nurlanova", id, 2, """
                {"arrivalPost": "Syrym", "seals": [{"sealNumber": "KZ-100234", "condition": "TORN"}]}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_VALUE"));
    }

    @Test
    void aMovementWhoseExitPostIsItsOfficeOfDepartureIsRefused() throws Exception {
        Instant timeLimit = Instant.now().plus(Duration.ofDays(2));
        Declaration back = Declarations.builder(Declarations.transitToSyrym(timeLimit)).reference(Lifecycles.unique("TR"))
                .transit(Declarations.transitDetails(Declarations.BORDER_POST, timeLimit)).build();

        declare(back).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("TRANSIT_ROUTE"))
                .andExpect(jsonPath("$.exitPost").value(Declarations.BORDER_POST));
    }

    @Test
    void malformedArrivalsAreAnsweredWithProblemsThatNameTheValue() throws Exception {
        String id = inTransit();

        for (String[] malformed : new String[][]{
                {"{\"arrivalPost\": \"Syrym\", \"seals\": [null]}", "seals"},
                {"{\"arrivalPost\": \"Syrym\", \"seals\": [{\"sealNumber\": \"KZ-100234\"}]}", "seals[0]"},
                {"{\"arrivalPost\": \"Syrym\", \"seals\": \"KZ-100234\"}", "seals"},
                {"{\"arrivalPost\": \"Syrym\", \"seals\": [{\"sealNumber\": 7, \"condition\": \"INTACT\"}],"
                        + " \"otherSeals\": [null]}", "otherSeals"},
                {"{\"arrivalPost\": \"Moscow\", \"seals\": []}", "arrivalPost"}}) {
            change("o.nurlanova", id, 2, malformed[0])
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("INVALID_VALUE"))
                    .andExpect(jsonPath("$.errors[0].field").value(malformed[1]));
        }
        change("o.nurlanova", id, 2, "{\"arrivalPost\": \"Syrym\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_INPUT"));
    }

    @Test
    void aTransitDeclaredWithoutTimeLimitOrWithAnUnknownExitPostIsAnsweredWithAProblem() throws Exception {
        Declaration movement = Declarations.builder(Declarations.transitToSyrym(Instant.now().plus(Duration.ofDays(2))))
                .reference(Lifecycles.unique("TR")).build();
        ObjectNode json = InstanceClient.JSON.valueToTree(movement);
        ((ObjectNode) json.get("transit")).putNull("timeLimit");
        declare(json).andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_VALUE"))
                .andExpect(jsonPath("$.errors[0].field").value("transit.timeLimit"));
        ((ObjectNode) json.get("transit")).put("timeLimit", "tomorrow");
        declare(json).andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_VALUE"))
                .andExpect(jsonPath("$.errors[0].field").value("transit.timeLimit"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "'tomorrow' is not an instant in UTC such as 2026-12-09T18:00:00Z"));
        ((ObjectNode) json.get("transit")).put("timeLimit", Instant.now().plus(Duration.ofDays(2)).toString());
        ((ObjectNode) json.get("transit")).put("exitPost", "Moscow");
        declare(json).andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_VALUE"))
                .andExpect(jsonPath("$.errors[0].field").value("transit.exitPost"));
        ((ObjectNode) json.get("transit")).put("exitPost", "Syrym");
        ((ObjectNode) json.get("transit")).remove("seals");
        declare(json).andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_VALUE"))
                .andExpect(jsonPath("$.errors[0].field").value("transit.seals"));
    }

    /** Declared at Kurmangazy (GREEN: no hit, no random check) and released into transit there: version 2. */
    private String inTransit() throws Exception {
        Declaration movement = Declarations.builder(Declarations.transitToSyrym(Instant.now().plus(Duration.ofDays(2))))
                .reference(Lifecycles.unique("TR")).build();
        String location = declare(movement).andExpect(status().isCreated())
                .andExpect(jsonPath("$.channel").value("GREEN"))
                .andReturn().getResponse().getHeader("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(post(location + "/release").with(httpBasic("o.aliyev", DEMO_PASSWORD))
                        .header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_TRANSIT"));
        return id;
    }

    private ResultActions declare(Object declaration) throws Exception {
        return mvc.perform(post("/api/consignments").with(httpBasic("o.aliyev", DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(InstanceClient.JSON.writeValueAsString(declaration)));
    }

    private ResultActions change(String username, String id, long version, String body) throws Exception {
        return mvc.perform(post("/api/consignments/" + id + "/transit-arrival").with(httpBasic(username, DEMO_PASSWORD))
                .header("If-Match", "\"" + version + "\"").contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
