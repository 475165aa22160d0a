package no.samtale.common;

import java.time.Duration;
import java.util.Optional;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** A client-facing failure whose message is safe to show: it becomes a problem body with its status. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final Duration retryAfter;

    public ProblemException(Response.Status status, String detail) {
        this(status, detail, null);
    }

    private ProblemException(Response.Status status, String detail, Duration retryAfter) {
        super(detail, null, false, false);
        this.status = status.getStatusCode();
        this.retryAfter = retryAfter;
    }

    public static ProblemException tooManyRequests(String detail, Duration retryAfter) {
        return new ProblemException(Response.Status.TOO_MANY_REQUESTS, detail, retryAfter);
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(Response.Status.UNAUTHORIZED, detail);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Response.Status.NOT_FOUND, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Response.Status.CONFLICT, detail);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(Response.Status.BAD_REQUEST, detail);
    }

    public int status() {
        return status;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public Response toResponse() {
        Response.Status known = Response.Status.fromStatusCode(status);
        Response response = Problem.of(status, known == null ? "Error" : known.getReasonPhrase(), getMessage()).toResponse();
        if (retryAfter != null) {
            long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
            response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        }
        return response;
    }
}
