package org.borderledger.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.web.security.ConsoleUsers.DEMO_PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.borderledger.support.FreshConsoleDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The JSON API: declare, read, the problem format of every refusal, and its OpenAPI document. */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
class ConsignmentApiControllerTest {


    @Autowired
    MockMvc mvc;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void anOfficerDeclaresAndIsToldWhereTheConsignmentIsWithItsStatusAndChannel() throws Exception {
        declare("o.aliyev", declaration(reference(), "\"940330\""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/consignments/C-[0-9a-f-]{36}")))
                .andExpect(jsonPath("$.id").value(matchesPattern("C-[0-9a-f-]{36}")))
                .andExpect(jsonPath("$.status").isString())
                .andExpect(jsonPath("$.channel").isString());
    }

    @Test
    void anAuditorReadsTheConsignmentAndItsTimelineButMayNotDeclare() throws Exception {
        String reference = reference();
        String location = declare("o.aliyev", declaration(reference, "\"940330\"")).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(get(location).with(httpBasic("a.seitkali", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.declaration.reference").value(reference))
                .andExpect(jsonPath("$.declaration.goods[0].hsCode").value("940330"))
                .andExpect(jsonPath("$.declaration.declarant.identifier.value").value("040540000014"));
        mvc.perform(get(location + "/timeline").with(httpBasic("a.seitkali", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[0].action").exists())
                .andExpect(jsonPath("$.entries[0].actor.userId").value("o.aliyev"));

        declare("a.seitkali", declaration(reference(), "\"940330\""))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
    }

    @Test
    void aTimelineTheProjectionHasNotReachedYetIsAwaitedForAMoment() throws Exception {
        StreamingEventProcessor timelines = processing.eventProcessor("consignment-timeline", StreamingEventProcessor.class)
                .orElseThrow();
        timelines.shutDown();
        String location;
        try {
            location = declare("o.aliyev", declaration(reference(), "\"940330\"")).andExpect(status().isCreated())
                    .andReturn().getResponse().getHeader("Location");
        } finally {
            // Started again while the read below waits, as a lagging projection catches up.
            CompletableFuture.runAsync(timelines::start, CompletableFuture.delayedExecutor(500, TimeUnit.MILLISECONDS));
        }

        mvc.perform(get(location + "/timeline").with(httpBasic("a.seitkali", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[0].actor.userId").value("o.aliyev"));
    }

    @Test
    void withoutCredentialsTheAnswerIs401AsAProblem() throws Exception {
        mvc.perform(post("/api/consignments").contentType(MediaType.APPLICATION_JSON).content(declaration(reference(), "\"940330\"")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        mvc.perform(get("/api/consignments/C-none").with(httpBasic("o.aliyev", "guess")))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    }

    @Test
    void malformedJsonIsA400ThatSaysWhere() throws Exception {
        declare("o.aliyev", "{\"reference\": \"X\",")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("MALFORMED_JSON"))
                .andExpect(jsonPath("$.detail").value(containsString("line 1")))
                .andExpect(content().string(not(containsString("Exception"))));
        declare("o.aliyev", "").andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("MALFORMED_JSON"));
        declare("o.aliyev", "[1, 2]").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The body must be one JSON object: a declaration."));
        mvc.perform(post("/api/consignments").with(httpBasic("o.aliyev", DEMO_PASSWORD)).contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void aRefusedValueIsA400NamingItsField() throws Exception {
        declare("o.aliyev", declaration(reference(), "\"7701.00\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_VALUE"))
                .andExpect(jsonPath("$.errors[0].field").value("goods[0].hsCode"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("chapter 77")));
        declare("o.aliyev", declaration(reference(), "\"940330\"").replace("\"country\": \"RU\"", "\"country\": \"XX\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("consignee.country"));
        declare("o.aliyev", declaration(reference(), "\"940330\"").replace("\"grossMass\": 1200", "\"grossMass\": \"heavy\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("goods[0].grossMass"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("a number")));
        declare("o.aliyev", declaration(reference(), "\"940330\"").replace("\"direction\": \"EXPORT\",", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("direction"));
        declare("o.aliyev", declaration("R".repeat(36), "\"940330\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reference"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("longer than 35")));
        declare("o.aliyev", declaration(reference(), "\"940330\"").replace("\"grossMass\": 1200", "\"grossMass\": 1e999999999"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("goods[0].grossMass"))
                .andExpect(jsonPath("$.errors[0].message").value("Number 1E+999999999 is out of range"));
    }

    @Test
    void aReferenceUsedBeforeIsA409() throws Exception {
        String reference = reference();
        declare("o.aliyev", declaration(reference, "\"940330\"")).andExpect(status().isCreated());
        declare("s.karimov", declaration(reference, "\"940330\""))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("DUPLICATE_REFERENCE"))
                .andExpect(jsonPath("$.detail").value(containsString(reference)));
    }

    @Test
    void aDeclarationAtAPostTheSenderIsNotPostedToIsA403NamingBoth() throws Exception {
        declare("o.nurlanova", declaration(reference(), "\"940330\""))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("OUT_OF_JURISDICTION"))
                .andExpect(jsonPath("$.borderPost").value("Kurmangazy"))
                .andExpect(jsonPath("$.yourBorderPosts").value("Syrym"))
                .andExpect(jsonPath("$.detail").value(containsString("Border post Kurmangazy is not one of yours (Syrym)")));
    }

    @Test
    void anUnknownConsignmentIsA404() throws Exception {
        mvc.perform(get("/api/consignments/C-unknown-" + UUID.randomUUID()).with(httpBasic("a.seitkali", DEMO_PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
        mvc.perform(get("/api/consignments/C-unknown-" + UUID.randomUUID() + "/timeline").with(httpBasic("o.aliyev", DEMO_PASSWORD)))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("NOT_FOUND"));
    }

    @Test
    void theOpenApiDocumentListsTheThreeOperationsAndHttpBasic() throws Exception {
        mvc.perform(get("/api/docs/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/consignments'].post.summary").value("Declare a consignment"))
                .andExpect(jsonPath("$.paths['/api/consignments/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/consignments/{id}/timeline'].get").exists())
                .andExpect(jsonPath("$.paths['/api/consignments'].post.responses['409'].content['application/problem+json']").exists())
                .andExpect(jsonPath("$.components.securitySchemes.basic.scheme").value("basic"))
                .andExpect(jsonPath("$.components.schemas.Problem.properties.code").exists());
    }

    @Test
    void theOpenApiUiLoadsFromUnderApiDocsWithoutSigningIn() throws Exception {
        String ui = mvc.perform(get("/api/docs/ui")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(ui).startsWith("/api/docs/");
        mvc.perform(get(ui)).andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")));
        mvc.perform(get(ui.replace("index.html", "swagger-initializer.js"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/docs/openapi.json")));
        mvc.perform(get("/api/docs/openapi.json/swagger-config")).andExpect(status().isOk());
    }

    private ResultActions declare(String username, String body) throws Exception {
        return mvc.perform(post("/api/consignments").with(httpBasic(username, DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String reference() {
        return "API-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A declaration in the JSON shape of the Declaration record, with one goods line of {@code hsCode}. */
    static String declaration(String reference, String hsCode) {
        return """
                {"reference": "%s", "direction": "EXPORT", "borderPost": "Kurmangazy",
                 "declarant": {"name": "TOO Dala Logistics", "country": "KZ",
                               "identifier": {"country": "KZ", "value": "040540000014"}, "address": "Almaty"},
                 "exporter": {"name": "TOO Dala Logistics", "country": "KZ"},
                 "consignee": {"name": "Ural Furniture Trading", "country": "RU"},
                 "countryOfDispatch": "KZ", "countryOfDestination": "RU", "routeCountries": ["RU"],
                 "transport": {"mode": "ROAD", "vehicleRegistration": "123 ABC 02", "containers": ["CSQU3054383"]},
                 "goods": [{"lineNumber": 1, "hsCode": %s, "description": "Steel furniture",
                            "quantity": {"amount": 40, "unit": "PCE"}, "grossMass": 1200, "netMass": 1100,
                            "value": {"amount": 250000, "currency": "KZT"}, "countryOfOrigin": "KZ"}]}
                """.formatted(reference, hsCode);
    }
}
