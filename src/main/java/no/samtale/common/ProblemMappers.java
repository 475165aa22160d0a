package no.samtale.common;

import java.util.List;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * One narrow mapper per failure a client can cause, and one fallback that never echoes internals.
 * Every answer is {@code application/problem+json}.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.toResponse();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String fields = errors.stream().map(Problem.FieldError::field).distinct().collect(Collectors.joining(", "));
        return Problem.invalid("Invalid value for: " + fields, errors).toResponse();
    }

    @ServerExceptionMapper
    public Response unreadableValue(InvalidFormatException e) {
        String field = pathOf(e);
        String detail = e.getTargetType() != null && e.getTargetType().isEnum()
                ? "Unknown value for " + field + "; allowed: " + allowedValues(e.getTargetType())
                : "Wrong type of value for " + field;
        return Problem.invalid(detail, List.of(new Problem.FieldError(field, detail))).toResponse();
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        String field = pathOf(e);
        String detail = field.isEmpty() ? "The request body does not have the expected shape"
                : "Wrong type of value for " + field;
        return Problem.invalid(detail, field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, detail)))
                .toResponse();
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return Problem.of(Response.Status.BAD_REQUEST, "The request body is not valid JSON").toResponse();
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated() {
        return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED,
                "A valid bearer token is required").toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.of(Response.Status.FORBIDDEN, "Your role does not allow this").toResponse();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        // The JSON reader wraps Jackson's failures; answer them as if they had come straight through.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidFormatException invalid) {
                return unreadableValue(invalid);
            }
            if (cause instanceof MismatchedInputException mismatched) {
                return mismatchedInput(mismatched);
            }
            if (cause instanceof JsonProcessingException malformed) {
                return malformedJson(malformed);
            }
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        String detail = switch (status) {
            case 404 -> "No such resource";
            case 405 -> "Method not allowed here";
            case 406 -> "Cannot produce the requested media type";
            case 415 -> "Send the body as application/json";
            default -> original.getStatusInfo().getReasonPhrase();
        };
        Response.ResponseBuilder answer = Response.fromResponse(
                Problem.of(status, original.getStatusInfo().getReasonPhrase(), detail).toResponse());
        if (original.getHeaderString(HttpHeaders.ALLOW) != null) {
            answer.header(HttpHeaders.ALLOW, original.getHeaderString(HttpHeaders.ALLOW));
        }
        if (original.getHeaderString(HttpHeaders.RETRY_AFTER) != null) {
            answer.header(HttpHeaders.RETRY_AFTER, original.getHeaderString(HttpHeaders.RETRY_AFTER));
        }
        return answer.build();
    }

    @ServerExceptionMapper(priority = Integer.MAX_VALUE)
    public Response unexpected(Throwable e) {
        LOG.error("Unexpected failure while handling a request", e);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "Something went wrong on our side").toResponse();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // Skip the method and parameter nodes: the client knows the body's fields, not our method names.
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String allowedValues(Class<?> enumType) {
        Object[] constants = enumType.getEnumConstants();
        StringBuilder values = new StringBuilder();
        for (Object constant : constants) {
            if (!values.isEmpty()) {
                values.append(", ");
            }
            values.append(constant.toString());
        }
        return values.toString();
    }
}
