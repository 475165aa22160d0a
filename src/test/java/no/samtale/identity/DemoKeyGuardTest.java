package no.samtale.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoKeyGuardTest {

    @Test
    void recognisesTheDemoKeyWhereverItIsLoadedFrom(@TempDir Path dir) throws Exception {
        assertTrue(DemoKeyGuard.isDemoKey(DemoKeyGuard.DEMO_VERIFY_KEY, DemoKeyGuard.DEMO_VERIFY_KEY));
        assertTrue(DemoKeyGuard.isDemoKey("classpath:" + DemoKeyGuard.DEMO_SIGNING_KEY, DemoKeyGuard.DEMO_SIGNING_KEY));

        Path copy = dir.resolve("copied.pem");
        try (var in = getClass().getClassLoader().getResourceAsStream(DemoKeyGuard.DEMO_VERIFY_KEY)) {
            // Re-wrapped lines and CRLF still are the same key.
            String pem = new String(in.readAllBytes()).replace("\n", "\r\n");
            Files.writeString(copy, pem);
        }
        assertTrue(DemoKeyGuard.isDemoKey(copy.toString(), DemoKeyGuard.DEMO_VERIFY_KEY));
        assertTrue(DemoKeyGuard.isDemoKey("file:" + copy, DemoKeyGuard.DEMO_VERIFY_KEY));
    }

    @Test
    void acceptsAnOwnKeyAndRefusesAMissingOne(@TempDir Path dir) throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Path own = dir.resolve("verify.pem");
        Files.writeString(own, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");

        assertFalse(DemoKeyGuard.isDemoKey(own.toString(), DemoKeyGuard.DEMO_VERIFY_KEY));
        assertTrue(DemoKeyGuard.isDemoKey(dir.resolve("missing.pem").toString(), DemoKeyGuard.DEMO_VERIFY_KEY));
    }
}
