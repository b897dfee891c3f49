package org.borderledger.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

/**
 * The OpenAPI document of the JSON API (served at {@code /api/docs/openapi.json}, with a UI at
 * {@code /api/docs/ui}): HTTP Basic as its one security scheme, and the problem format every error has.
 */
@Configuration
class OpenApiConfiguration {

    static final String BASIC = "basic";
    static final String PROBLEM = "#/components/schemas/Problem";
    static final String IF_MATCH = "The ETag of the consignment as read (GET /api/consignments/{id} or the answer to the last"
            + " change), such as \"7\": the version the change was decided on. Without it the answer is 428"
            + " PRECONDITION_REQUIRED; at an older version, 412 STALE_VERSION.";

    private static final String THROTTLED =
            "SIGN_IN_THROTTLED: too many failed sign-ins for the user or from the address; wait Retry-After seconds";
    /** The errors each kind of operation can answer with, all in the problem format. */
    private static final Map<String, String> DECLARE_PROBLEMS = Map.of(
            "400", "INVALID_VALUE (with errors) or MALFORMED_JSON",
            "401", "UNAUTHENTICATED: no or wrong credentials",
            "403", "FORBIDDEN: the role may not declare",
            "409", "DUPLICATE_REFERENCE or another refusal of the domain",
            "429", THROTTLED);
    private static final Header ETAG = new Header().description("The consignment's version after the change, for the next If-Match")
            .schema(new StringSchema().example("\"8\""));
    private static final Header REPLAYED = new Header().description("true when this is the kept answer to an earlier"
            + " request with the same Idempotency-Key").schema(new StringSchema()._enum(List.of("true")));
    /** A change of a consignment: a command at the version If-Match names. */
    private static final Map<String, String> CHANGE_PROBLEMS = Map.of(
            "400", "INVALID_VALUE (with errors; a malformed If-Match too) or MALFORMED_JSON",
            "401", "UNAUTHENTICATED: no or wrong credentials",
            "403", "FORBIDDEN or ROLE_NOT_ALLOWED: the role may not",
            "404", "NOT_FOUND: no such consignment (or not its current inspection)",
            "409", "A refusal of the domain, its RejectionCode name with its facts (ILLEGAL_TRANSITION, HOLD_OPEN, FOUR_EYES, ...)",
            "412", "STALE_VERSION: changed since the If-Match version; facts currentVersion, expectedVersion, changedBy,"
                    + " changedAt, change; ETag is the current version",
            "428", "PRECONDITION_REQUIRED: no If-Match",
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
                        .description("Declare consignments, change them and read them and their timelines. Sign in with HTTP"
                                + " Basic as a console user: OFFICER or SUPERVISOR to declare and change, SUPERVISOR to review a"
                                + " hold, OFFICER, SUPERVISOR or AUDITOR to read. A change names the ETag it read in If-Match;"
                                + " every POST may carry an Idempotency-Key for safe retries (docs/api.md)."))
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
                        + "METHOD_NOT_ALLOWED, UNSUPPORTED_MEDIA_TYPE, UNAVAILABLE, PRECONDITION_REQUIRED, IDEMPOTENCY_KEY_IN_USE, "
                        + "IDEMPOTENCY_KEY_REUSED"))
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
                    addProblems(operation, method != PathItem.HttpMethod.POST ? READ_PROBLEMS
                            : changesAConsignment(operation) ? CHANGE_PROBLEMS : DECLARE_PROBLEMS)));
            api.getPaths().values().forEach(path -> path.readOperations().stream().filter(OpenApiConfiguration::changesAConsignment)
                    .forEach(change -> change.getResponses().forEach((status, answer) -> {
                        if (status.startsWith("2")) {
                            answer.addHeaderObject(HttpHeaders.ETAG, ETAG);
                        }
                    })));
            api.getPaths().values().stream().map(PathItem::getPost).filter(Objects::nonNull)
                    .forEach(OpenApiConfiguration::addIdempotencyKey);
        };
    }

    /** Every POST honours an Idempotency-Key ({@link IdempotencyFilter}): the header, its answers and its problems. */
    private static void addIdempotencyKey(Operation post) {
        post.addParametersItem(new HeaderParameter().name(IdempotencyFilter.HEADER).required(false)
                .description("Optional, for safe retries: the same key with the same request within 24 hours (by default)"
                        + " answers the first answer again, marked Idempotent-Replayed, without a second effect."
                        + " 1 to 255 printable ASCII characters, a UUID say.")
                .schema(new StringSchema().minLength(1).maxLength(255).pattern("^[\\x21-\\x7E]+$")));
        post.getResponses().forEach((status, answer) -> {
            if (status.startsWith("2")) {
                answer.addHeaderObject(IdempotencyFilter.REPLAYED, REPLAYED);
            }
        });
        ApiResponse conflict = post.getResponses().get("409");
        addProblems(post, Map.of(
                "409", (conflict == null ? "" : conflict.getDescription() + "; or ")
                        + "IDEMPOTENCY_KEY_IN_USE: a request with the key is still being answered; retry after Retry-After seconds",
                "422", "IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used for another request"));
    }

    private static boolean changesAConsignment(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> "header".equals(parameter.getIn()) && VersionTags.IF_MATCH.equals(parameter.getName()));
    }

    private static void addProblems(Operation operation, Map<String, String> problems) {
        Content content = new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                new MediaType().schema(new Schema<>().$ref(PROBLEM)));
        problems.forEach((status, description) ->
                operation.getResponses().addApiResponse(status, new ApiResponse().description(description).content(content)));
    }
}
