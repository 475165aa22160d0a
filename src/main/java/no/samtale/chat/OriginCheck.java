package no.samtale.chat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import no.samtale.web.WebConfig;

/**
 * Refuses a WebSocket handshake from another site's page (cross-site WebSocket hijacking): a browser always
 * sends {@code Origin}, and only the service's own is accepted. Clients that are not browsers send none.
 */
@ApplicationScoped
public class OriginCheck implements HttpUpgradeCheck {

    private final Set<String> allowed;

    OriginCheck(ChatConfig chat, WebConfig web) {
        this.allowed = Stream.concat(Stream.of(web.publicOrigin()), chat.allowedOrigins().orElse(List.of()).stream())
                .map(OriginCheck::normalise).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        String origin = context.httpRequest().getHeader("Origin");
        if (origin == null || allowed.contains(normalise(origin))) {
            return CheckResult.permitUpgrade();
        }
        return CheckResult.rejectUpgrade(403);
    }

    private static String normalise(String origin) {
        String trimmed = origin.trim().toLowerCase();
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
