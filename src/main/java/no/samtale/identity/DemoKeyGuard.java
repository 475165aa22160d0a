package no.samtale.identity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import no.samtale.common.StartupAbort;

/** Production refuses to start with the signing keys and code secret that ship with the source. */
@ApplicationScoped
public class DemoKeyGuard {

    static final String DEMO_SIGNING_KEY = "demo-keys/jwt-signing.pem";
    static final String DEMO_VERIFY_KEY = "demo-keys/jwt-verify.pem";
    static final String DEMO_CODES_KEY = "ZGVtby1vbmx5LWhtYWMta2V5LWRvLW5vdC11c2UtaW4tcHJvZHVjdGlvbiE=";

    private final boolean refuseDemoKeys;
    private final String signingKeyLocation;
    private final String verifyKeyLocation;
    private final String codesKey;

    DemoKeyGuard(@ConfigProperty(name = "samtale.security.refuse-demo-keys") boolean refuseDemoKeys,
            @ConfigProperty(name = "samtale.jwt.signing-key-location") String signingKeyLocation,
            @ConfigProperty(name = "samtale.jwt.verify-key-location") String verifyKeyLocation,
            @ConfigProperty(name = "samtale.codes.hmac-key") String codesKey) {
        this.refuseDemoKeys = refuseDemoKeys;
        this.signingKeyLocation = signingKeyLocation;
        this.verifyKeyLocation = verifyKeyLocation;
        this.codesKey = codesKey;
    }

    void onStart(@Observes @Priority(50) StartupEvent event) {
        if (!refuseDemoKeys) {
            return;
        }
        if (isDemoKey(signingKeyLocation, DEMO_SIGNING_KEY) || isDemoKey(verifyKeyLocation, DEMO_VERIFY_KEY)) {
            throw StartupAbort.abort("Refusing to start with the demo JWT keys: set SAMTALE_JWT_SIGNING_KEY_LOCATION and "
                    + "SAMTALE_JWT_VERIFY_KEY_LOCATION to your own key pair (see README, Configuration).");
        }
        if (DEMO_CODES_KEY.equals(codesKey) || codesKey.length() < 32) {
            throw StartupAbort.abort("Refusing to start with the demo or a short code secret: set SAMTALE_CODES_HMAC_KEY "
                    + "to at least 32 random bytes in base64 (openssl rand -base64 32).");
        }
    }

    /** True when the configured key is the bundled demo key, wherever it was loaded from. */
    static boolean isDemoKey(String location, String demoResource) {
        String demo = pemBody(readClasspath(demoResource));
        String configured = pemBody(read(location));
        return configured == null || configured.equals(demo);
    }

    private static String read(String location) {
        String path = location.startsWith("file:") ? location.substring(5) : location;
        if (!location.startsWith("classpath:") && Files.isReadable(Path.of(path))) {
            try {
                return Files.readString(Path.of(path));
            } catch (IOException e) {
                return null;
            }
        }
        return readClasspath(location.startsWith("classpath:") ? location.substring(10) : location);
    }

    private static String readClasspath(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static String pemBody(String pem) {
        return pem == null ? null : pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }
}
