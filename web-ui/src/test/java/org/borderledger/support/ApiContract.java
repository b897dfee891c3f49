package org.borderledger.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRules;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.MediaType;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The API's OpenAPI document as the judge of every exchange an API test makes (docs/testing.md, "The API
 * contract"). The answer is always checked against the document. The request is checked when the API took
 * it (status below 400): a test that sends a wrong request on purpose is answered with a problem, and that
 * answer is what the document must describe. A request to a path or method the document does not have must
 * be refused with a problem; answering it otherwise is an undocumented operation.
 */
public final class ApiContract {

    private static final Map<String, ApiContract> BY_DOCUMENT = new ConcurrentHashMap<>();
    private static final Set<String> OUTSIDE_THE_DOCUMENT =
            Set.of("validation.request.path.missing", "validation.request.operation.notAllowed");

    private final OpenApiInteractionValidator validator;

    private ApiContract(String document) {
        // Strict: /api/audit/checkpoints/ is another path than /api/audit/checkpoints (Spring MVC answers it 404).
        // A body sent to an operation that takes none is ignored, as HTTP allows: no departure. Spring Security's
        // csrf() in a test adds its token as a parameter, which MockMvc cannot tell from a query parameter.
        // The validator takes an empty value for missing unless the parameter is a string, whatever allowEmptyValue says.
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document).withStrictOperationPathMatching()
                .withLevelResolver(LevelResolver.create().withLevel("validation.request.body.unexpected", ValidationReport.Level.IGNORE).build())
                .withWhitelist(ValidationErrorsWhitelist.create().withRule("the CSRF token of a MockMvc test", WhitelistRules.allOf(
                        WhitelistRules.messageHasKey("validation.request.parameter.query.unexpected"),
                        WhitelistRules.messageContainsSubstring("'_csrf'")))
                        .withRule("an empty value where the document allows one", ApiContract::emptyValueAllowed))
                .build();
    }

    /** The contract of the document as served (read once per distinct document: the validator parses it). */
    public static ApiContract of(String document) {
        return BY_DOCUMENT.computeIfAbsent(document, ApiContract::new);
    }

    /** Whether an exchange on this path is the API's (the document's own pages are not operations of it). */
    public static boolean covers(String path) {
        return path.startsWith("/api/") && !path.startsWith("/api/docs");
    }

    /** Throws an AssertionError that lists every way the exchange departs from the document. */
    public void check(Request request, Response response) {
        ValidationReport report = validator.validate(request, response);
        boolean taken = response.getStatus() < 400;
        List<ValidationReport.Message> findings = report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .filter(message -> taken || !message.getKey().startsWith("validation.request."))
                .toList();
        boolean outside = report.getMessages().stream().anyMatch(message -> OUTSIDE_THE_DOCUMENT.contains(message.getKey()));
        if (outside && !taken && !isProblem(response)) {
            throw new AssertionError(request.getMethod() + " " + request.getPath() + " is no operation of the API and was answered "
                    + response.getStatus() + " without a problem (application/problem+json)");
        }
        if (!findings.isEmpty()) {
            throw new AssertionError(request.getMethod() + " " + request.getPath() + " answered " + response.getStatus()
                    + " departs from the OpenAPI document:\n"
                    + SimpleValidationReportFormat.getInstance().apply(ValidationReport.from(findings)));
        }
    }

    /** Checks an exchange over real HTTP; {@code body} is what the request sent (a body publisher cannot be read back). */
    public void check(HttpRequest request, String body, HttpResponse<String> response) {
        SimpleRequest.Builder sent = new SimpleRequest.Builder(request.method(), request.uri().getRawPath()).withBody(body);
        request.headers().map().forEach(sent::withHeader);
        UriComponentsBuilder.fromUri(request.uri()).build().getQueryParams().forEach(sent::withQueryParam);
        SimpleResponse.Builder answered = SimpleResponse.Builder.status(response.statusCode()).withBody(response.body());
        response.headers().map().forEach(answered::withHeader);
        check(sent.build(), answered.build());
    }

    private static boolean emptyValueAllowed(ValidationReport.Message message, ApiOperation operation, Request request, Response response) {
        return message.getKey().equals("validation.request.parameter.missing") && message.getContext()
                .flatMap(ValidationReport.MessageContext::getParameter)
                .filter(parameter -> Boolean.TRUE.equals(parameter.getAllowEmptyValue()) && !Boolean.TRUE.equals(parameter.getRequired()))
                .filter(parameter -> request.getQueryParameterValues(parameter.getName()).stream().anyMatch(String::isEmpty))
                .isPresent();
    }

    private static boolean isProblem(Response response) {
        return response.getContentType().map(MediaType::parseMediaType)
                .filter(MediaType.APPLICATION_PROBLEM_JSON::isCompatibleWith).isPresent();
    }
}
