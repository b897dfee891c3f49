package org.borderledger.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of the JSON API (served at {@code /api/docs/openapi.json}, with a UI at
 * {@code /api/docs/ui}): HTTP Basic as its one security scheme, and the problem format every error has.
 */
@Configuration
class OpenApiConfiguration {

    static final String BASIC = "basic";
    static final String PROBLEM = "#/components/schemas/Problem";

    private static final String THROTTLED =
            "SIGN_IN_THROTTLED: too many failed sign-ins for the user or from the address; wait Retry-After seconds";
    /** The errors each kind of operation can answer with, all in the problem format. */
    private static final Map<String, String> DECLARE_PROBLEMS = Map.of(
            "400", "INVALID_VALUE (with errors) or MALFORMED_JSON",
            "401", "UNAUTHENTICATED: no or wrong credentials",
            "403", "FORBIDDEN: the role may not declare",
            "409", "DUPLICATE_REFERENCE or another refusal of the domain",
            "429", THROTTLED);
    private static final Map<String, String> READ_PROBLEMS = Map.of(
            "401", "UNAUTHENTICATED: no or wrong credentials",
            "403", "FORBIDDEN: the role may not read consignments",
            "404", "NOT_FOUND: no such consignment",
            "429", THROTTLED);

    @Bean
    OpenAPI borderLedgerApi() {
        return new OpenAPI()
                .info(new Info().title("BorderLedger API").version("1")
                        .description("Declare consignments and read them and their timelines. Sign in with HTTP Basic as a "
                                + "console user: OFFICER or SUPERVISOR to declare, OFFICER, SUPERVISOR or AUDITOR to read; AUDITOR for the "
                                + "audit trail; FEED (another agency's system) for the event feed alone."))
                .components(new Components()
                        .securitySchemes(Map.of(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))));
    }

    private static Schema<?> problem() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().example("goods[0].hsCode"))
                .addProperty("message", new StringSchema().example("HS code '12' has 2 digits; it needs 6, 8 or 10"));
        Schema<?> problem = new ObjectSchema()
                .description("RFC 9457 problem details, as application/problem+json")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Bad Request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().example("/api/consignments"))
                .addProperty("code", new StringSchema().description("Stable code: a RejectionCode name (e.g. DUPLICATE_REFERENCE) "
                        + "or INVALID_VALUE, MALFORMED_JSON, NOT_FOUND, FORBIDDEN, UNAUTHENTICATED, SIGN_IN_THROTTLED, "
                        + "METHOD_NOT_ALLOWED, UNSUPPORTED_MEDIA_TYPE, UNAVAILABLE"))
                .addProperty("errors", new ArraySchema().items(fieldError).description("For INVALID_VALUE: each refused value"));
        problem.setRequired(List.of("status", "code"));
        return problem;
    }

    /** Added once the operations are known: the Problem schema, and the errors of each operation in its format. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            api.getComponents().addSchemas("Problem", problem());
            api.getPaths().values().forEach(path -> path.readOperationsMap().forEach((method, operation) ->
                    addProblems(operation, method == PathItem.HttpMethod.POST ? DECLARE_PROBLEMS : READ_PROBLEMS)));
        };
    }

    private static void addProblems(Operation operation, Map<String, String> problems) {
        Content content = new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                new MediaType().schema(new Schema<>().$ref(PROBLEM)));
        problems.forEach((status, description) ->
                operation.getResponses().addApiResponse(status, new ApiResponse().description(description).content(content)));
    }
}
