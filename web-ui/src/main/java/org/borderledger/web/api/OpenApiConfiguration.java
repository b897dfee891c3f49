package org.borderledger.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
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
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.swagger.v3.core.util.Json;
import org.borderledger.consignment.api.ScreeningHit;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.io.IOException;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.borderledger.web.RequestSizeLimit;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.http.HttpHeaders;
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
    static final String IF_MATCH = "The ETag of the consignment as read (GET /api/consignments/{id} or the answer to the last"
            + " change), such as \"7\": the version the change was decided on. Without it the answer is 428"
            + " PRECONDITION_REQUIRED; at an older version, 412 STALE_VERSION.";

    /** The problems any operation of the API can answer with, whatever it does. */
    private static final Map<String, String> EVERY_OPERATION = Map.of(
            "401", "UNAUTHENTICATED: no or wrong credentials",
            "403", "FORBIDDEN: the user's role may not take this action",
            "429", "SIGN_IN_THROTTLED: too many failed sign-ins for the user or from the address; wait Retry-After seconds");
    /** And those of a GET, whose query parameters pass QueryParameterGuard first. */
    private static final Map<String, String> EVERY_GET = Map.of(
            "400", "INVALID_VALUE (with errors): a query parameter no search can use (a control character, a lone surrogate,"
                    + " more than 200 characters, a page out of range)");
    /** And those of an operation that reads a request body. */
    private static final Map<String, String> WITH_BODY = Map.of(
            "400", "INVALID_VALUE (with errors: each refused value and its JSON path) or MALFORMED_JSON: the body cannot be read",
            "413", RequestSizeLimit.CODE + ": the body is larger than the most the application reads",
            "415", "UNSUPPORTED_MEDIA_TYPE: the body is not of the media type the operation takes");
    /** And those of a change of a consignment: a command at the version If-Match names. */
    private static final Map<String, String> CHANGE = Map.of(
            "404", "NOT_FOUND: no such consignment (or not its current inspection)",
            "409", "A refusal of the domain, its RejectionCode name with its facts (ILLEGAL_TRANSITION, HOLD_OPEN, FOUR_EYES, ...)",
            "412", "STALE_VERSION: changed since the If-Match version; facts currentVersion, expectedVersion, changedBy,"
                    + " changedAt, change; ETag is the current version",
            "428", "PRECONDITION_REQUIRED: no If-Match");
    private static final Header ETAG = new Header().description("The consignment's version after the change, for the next If-Match")
            .schema(new StringSchema().example("\"8\""));
    private static final Header REPLAYED = new Header().description("true when this is the kept answer to an earlier"
            + " request with the same Idempotency-Key").schema(new StringSchema()._enum(List.of("true")));
    private static final String EXAMPLES = "classpath:openapi/examples/*.json";
    /** Types Jackson writes with their subtype's name in a property: springdoc leaves the names out. */
    private static final List<Class<?>> NAMED_SUBTYPES = List.of(ScreeningHit.class);

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
                        + "METHOD_NOT_ALLOWED, UNSUPPORTED_MEDIA_TYPE, UNAVAILABLE, PRECONDITION_REQUIRED, IDEMPOTENCY_KEY_IN_USE, "
                        + "IDEMPOTENCY_KEY_REUSED"))
                .addProperty("errors", new ArraySchema().items(fieldError).description("For INVALID_VALUE: each refused value"));
        problem.setRequired(List.of("status", "code"));
        // RFC 9457 lets a problem carry more members: a refusal adds its facts (the consignment a duplicate
        // reference names, the problems of each list file).
        problem.setAdditionalProperties(true);
        return problem;
    }

    /**
     * Added once the operations are known: the Problem schema; the problems every operation (and every one
     * with a body) can answer with, unless it describes them itself; every 4xx and 5xx answer in the problem
     * format, with Retry-After on 429; the If-Match answers of a change and the Idempotency-Key of every
     * POST; and the examples the operations name (openapi/examples/NAME.json).
     */
    @Bean
    OpenApiCustomizer problemResponses(ResourcePatternResolver resources) throws IOException {
        Map<String, Example> examples = examples(resources);
        return api -> {
            NAMED_SUBTYPES.forEach(type -> nameSubtypes(api.getComponents(), type));
            allowNullWhereOptional(api.getComponents().getSchemas());
            allowAnyValueInOpenMaps(api.getComponents().getSchemas());
            api.getComponents().addSchemas("Problem", problem());
            examples.forEach(api.getComponents()::addExamples);
            api.getPaths().values().forEach(path -> path.readOperations().stream().filter(OpenApiConfiguration::changesAConsignment)
                    .forEach(OpenApiConfiguration::addVersionAnswers));
            api.getPaths().values().stream().map(PathItem::getPost).filter(Objects::nonNull)
                    .forEach(OpenApiConfiguration::addIdempotencyKey);
            api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> addProblems(operation, path.getGet())));
        };
    }

    private static boolean changesAConsignment(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> "header".equals(parameter.getIn()) && VersionTags.IF_MATCH.equals(parameter.getName()));
    }

    private static void addVersionAnswers(Operation change) {
        CHANGE.forEach((status, description) -> change.getResponses().putIfAbsent(status, new ApiResponse().description(description)));
        change.getResponses().forEach((status, answer) -> {
            if (status.startsWith("2") || status.equals("412")) {
                answer.addHeaderObject(HttpHeaders.ETAG, ETAG);
            }
        });
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
        String inUse = "IDEMPOTENCY_KEY_IN_USE: a request with the key is still being answered; retry after Retry-After seconds";
        post.getResponses().addApiResponse("409", new ApiResponse().description(conflict == null ? inUse
                : conflict.getDescription() + "; or " + inUse).headers(conflict == null ? null : conflict.getHeaders())
                .addHeaderObject(HttpHeaders.RETRY_AFTER, new Header().description("Seconds until the key's answer is asked again")
                        .schema(new IntegerSchema())));
        post.getResponses().putIfAbsent("422", new ApiResponse().description("IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used for another request"));
    }

    private static void addProblems(Operation operation, Operation get) {
        ApiResponses responses = operation.getResponses();
        EVERY_OPERATION.forEach((status, description) -> responses.putIfAbsent(status, new ApiResponse().description(description)));
        if (operation == get) {
            EVERY_GET.forEach((status, description) -> responses.putIfAbsent(status, new ApiResponse().description(description)));
        }
        if (operation.getRequestBody() != null) {
            WITH_BODY.forEach((status, description) -> responses.putIfAbsent(status, new ApiResponse().description(description)));
        }
        responses.forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                response.setContent(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        new MediaType().schema(new Schema<>().$ref(PROBLEM))));
            }
        });
        responses.get("429").addHeaderObject(HttpHeaders.RETRY_AFTER, new Header()
                .description("Seconds until a sign-in is tried again").schema(new IntegerSchema()));
    }

    /**
     * Each subtype as an object of its own whose type property (kind) holds its name: an answer then matches
     * exactly one subtype, wherever the type or a subtype is used; the base schema, which springdoc makes for
     * a discriminator without the names, goes.
     */
    private static void nameSubtypes(Components components, Class<?> type) {
        String property = type.getAnnotation(JsonTypeInfo.class).property();
        for (JsonSubTypes.Type subtype : type.getAnnotation(JsonSubTypes.class).value()) {
            Schema<?> schema = components.getSchemas().get(subtype.value().getSimpleName());
            if (schema == null) {
                continue; // no operation answers with this subtype
            }
            Schema<?> own = schema.getAllOf() == null ? schema : schema.getAllOf().get(schema.getAllOf().size() - 1);
            own.addProperty(property, new StringSchema()._enum(List.of(subtype.name())));
            own.addRequiredItem(property);
            components.addSchemas(subtype.value().getSimpleName(), own);
        }
        components.getSchemas().remove(type.getSimpleName());
    }

    /**
     * The API writes every absent value as null (the events' mapper does), so a property that is not
     * required may be null; so may an object named by one ($ref), as OpenAPI 3.0 ignores what stands
     * beside a $ref.
     */
    private static void allowNullWhereOptional(Map<String, Schema> schemas) {
        List<Schema> properties = schemas.values().stream()
                .flatMap(schema -> schema.getAllOf() == null ? Stream.of(schema) : ((List<Schema>) schema.getAllOf()).stream())
                .filter(schema -> schema.getProperties() != null)
                .flatMap(schema -> ((Map<String, Schema>) schema.getProperties()).entrySet().stream()
                        .filter(property -> schema.getRequired() == null || !schema.getRequired().contains(property.getKey()))
                        .map(Map.Entry::getValue))
                .toList();
        properties.forEach(property -> {
            Schema<?> target = property.get$ref() == null ? property
                    : schemas.get(property.get$ref().substring(property.get$ref().lastIndexOf('/') + 1));
            target.setNullable(true);
        });
    }

    /**
     * A map of Java Objects (an event's metadata, say) holds any JSON value, but springdoc types its values
     * as objects: an empty schema says "any value".
     */
    private static void allowAnyValueInOpenMaps(Map<String, Schema> schemas) {
        schemas.values().stream()
                .flatMap(schema -> schema.getAllOf() == null ? Stream.of(schema) : ((List<Schema>) schema.getAllOf()).stream())
                .filter(schema -> schema.getProperties() != null)
                .flatMap(schema -> ((Map<String, Schema>) schema.getProperties()).values().stream())
                .filter(property -> property.getAdditionalProperties() instanceof Schema<?> values && values.get$ref() == null
                        && "object".equals(values.getType()) && values.getProperties() == null)
                .forEach(property -> property.setAdditionalProperties(new Schema<>()));
    }

    /** The examples in openapi/examples, each named by its file, for operations to name with {@code #/components/examples/NAME}. */
    private static Map<String, Example> examples(ResourcePatternResolver resources) throws IOException {
        Map<String, Example> examples = new TreeMap<>();
        for (Resource file : resources.getResources(EXAMPLES)) {
            examples.put(file.getFilename().replace(".json", ""), new Example().value(Json.mapper().readTree(file.getInputStream())));
        }
        return examples;
    }
}
