package org.borderledger.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.borderledger.consignment.api.InvalidValueException;
import org.borderledger.web.RequestSizeLimit;
import org.borderledger.web.ConsoleCommands.CommandOutcome;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The API's errors as RFC 9457 problem details with a stable {@code code} and, for refused values,
 * {@code errors: [{field, message}]} with the JSON path of the value ({@code goods[0].hsCode}). A
 * body that cannot be read is always a 400 that says what and where, never a 500.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems {

    /** A problem of the API: {@code code} is one of the documented stable codes. */
    static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        return problem;
    }

    static ProblemDetail invalidValue(String field, String message) {
        return invalidValue("The declaration has a value the system refuses.", field, message);
    }

    static ProblemDetail invalidValue(String detail, String field, String message) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "INVALID_VALUE", detail);
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return problem;
    }

    /**
     * A command not taken: 403 for a role or a consignment of a post the sender is not posted to, 400 for a
     * refused value, 503 while unavailable or a stored event (the screening lists, say) cannot be read, 412
     * with the current ETag when the consignment changed after the version the caller decided on, 409 for
     * any other rule.
     */
    static ResponseEntity<ProblemDetail> refused(CommandOutcome outcome) {
        if (outcome.unavailable()) {
            return answer(problem(HttpStatus.SERVICE_UNAVAILABLE, "UNAVAILABLE", outcome.message()));
        }
        HttpStatus status = switch (outcome.refusal()) {
            case ROLE_NOT_ALLOWED, NOT_AUTHENTICATED, OUT_OF_JURISDICTION -> HttpStatus.FORBIDDEN;
            case INVALID_INPUT -> HttpStatus.BAD_REQUEST;
            case SCREENING_LISTS_UNREADABLE, STORED_EVENT_UNREADABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            case STALE_VERSION -> HttpStatus.PRECONDITION_FAILED;
            default -> HttpStatus.CONFLICT;
        };
        ProblemDetail problem = problem(status, outcome.refusal().name(), outcome.message());
        outcome.details().forEach(problem::setProperty);
        if (outcome.staleVersion()) {
            return ResponseEntity.status(status).eTag(VersionTags.of(Long.parseLong(outcome.details().get("currentVersion"))))
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return answer(problem);
    }

    static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A multipart body past the list-upload limit that declared no length (one that did is stopped by RequestSizeLimit). */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail uploadTooLarge(MaxUploadSizeExceededException tooLarge) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, RequestSizeLimit.CODE,
                "The files are larger than the most the application reads (" + tooLarge.getMaxUploadSize() / (1024 * 1024) + " MB).");
    }

    /** A request parameter refused by the API or by the query behind it, named. */
    @ExceptionHandler(InvalidParameter.class)
    ProblemDetail invalidParameter(InvalidParameter invalid) {
        return invalidValue("The request has a parameter the system refuses.", invalid.parameter(), invalid.getMessage());
    }

    @ExceptionHandler(ConsignmentNotFoundException.class)
    ProblemDetail notFound(ConsignmentNotFoundException unknown) {
        return problem(HttpStatus.NOT_FOUND, "NOT_FOUND", "There is no consignment " + unknown.getMessage() + ".");
    }

    /** A value a command or a header refuses, outside the body's reading (If-Match, a path's party role). */
    @ExceptionHandler(InvalidValueException.class)
    ProblemDetail invalid(InvalidValueException refused) {
        return invalidValue("The request has a value the system refuses.", refused.field(), refused.getMessage());
    }

    @ExceptionHandler(VersionTags.PreconditionRequiredException.class)
    ProblemDetail preconditionRequired(VersionTags.PreconditionRequiredException missing) {
        return problem(HttpStatus.PRECONDITION_REQUIRED, "PRECONDITION_REQUIRED", missing.getMessage());
    }

    /** A path or query value of the wrong type, such as {@code /api/audit/checkpoints/csv}. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail wrongType(MethodArgumentTypeMismatchException mismatch) {
        return invalidValue("The address has a value the API cannot read.", mismatch.getName(),
                "'" + mismatch.getValue() + "' is not " + expected(mismatch.getRequiredType()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable) {
        Throwable cause = unreadable.getMostSpecificCause();
        if (cause instanceof InvalidValueException refused && unreadable.getCause() instanceof JsonMappingException mapping) {
            return invalidValue(pathOf(mapping, refused.field()), refused.getMessage());
        }
        if (cause instanceof RequestSizeLimit.RequestTooLargeException tooLarge) {
            return problem(HttpStatus.PAYLOAD_TOO_LARGE, RequestSizeLimit.CODE, tooLarge.getMessage());
        }
        if (cause instanceof StreamConstraintsException tooLarge) {
            return problem(HttpStatus.BAD_REQUEST, "MALFORMED_JSON", "A value in the body is too large: " + tooLarge.getOriginalMessage());
        }
        // Not the most specific cause: a refused instant has the DateTimeParseException below it.
        if (unreadable.getCause() instanceof InvalidFormatException format) {
            return invalidValue(pathOf(format, null), "'" + format.getValue() + "' is not " + expected(format.getTargetType()));
        }
        if (cause instanceof MismatchedInputException mismatch) {
            return mismatch.getPath().isEmpty()
                    ? problem(HttpStatus.BAD_REQUEST, "MALFORMED_JSON", "The body must be one JSON object: a declaration.")
                    : invalidValue(pathOf(mismatch, null), "The value has the wrong type: expected " + expected(mismatch.getTargetType()));
        }
        if (cause instanceof JsonProcessingException json) {
            String where = json.getLocation() == null ? "" : " at line " + json.getLocation().getLineNr()
                    + ", column " + json.getLocation().getColumnNr();
            return problem(HttpStatus.BAD_REQUEST, "MALFORMED_JSON", "The body is not a JSON declaration" + where + ": "
                    + json.getOriginalMessage().lines().findFirst().orElse(""));
        }
        return problem(HttpStatus.BAD_REQUEST, "MALFORMED_JSON", "A JSON declaration is required as the request body.");
    }

    /**
     * The JSON path of the refused value. A record built from several properties names the refused one
     * in its exception ({@code declarant} + {@code country}); a single value ({@code hsCode}) is the path.
     */
    static String pathOf(JsonMappingException mapping, String refusedField) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        if (refusedField != null && mapping instanceof ValueInstantiationException creation
                && isComponent(creation.getType().getRawClass(), refusedField)) {
            path.append(path.isEmpty() ? "" : ".").append(refusedField);
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static boolean isComponent(Class<?> type, String name) {
        return type.isRecord() && Arrays.stream(type.getRecordComponents()).anyMatch(component -> component.getName().equals(name));
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (List.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type == Instant.class) {
            return "an instant in UTC such as 2026-12-09T18:00:00Z";
        }
        if (type.isRecord() && type.getRecordComponents().length == 1) {
            return expected(type.getRecordComponents()[0].getType());
        }
        return type == String.class ? "a string" : "an object";
    }
}
