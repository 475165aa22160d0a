package no.samtale.common;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses request bodies over the application's limit with a problem body. Quarkus' own limit (kept higher)
 * answers with an empty 413 before any handler runs, so the declared length is checked here first.
 */
@ApplicationScoped
public class RouterProblems {

    private final long maxBodyBytes;

    RouterProblems(@ConfigProperty(name = "samtale.http.max-body-bytes", defaultValue = "262144") long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::limitBody);
    }

    private void limitBody(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                && Long.parseLong(length) > maxBodyBytes) {
            Problem problem = Problem.of(413, "Content Too Large", "The request body is larger than " + maxBodyBytes + " bytes");
            ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close").end(Json.encode(problem));
            return;
        }
        ctx.next();
    }
}
