package no.samtale.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AccessCodeTest {

    @Test
    void codesAreFourGroupsOfCrockfordBase32() {
        for (int i = 0; i < 1000; i++) {
            String code = AccessCode.generate();
            assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}"), code);
        }
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            assertTrue(seen.add(AccessCode.generate()));
        }
    }

    @Test
    void everyCharacterPositionVaries() {
        // 80 random bits: all 16 positions, including the first and last, take many values.
        for (int position = 0; position < 19; position++) {
            if (position % 5 == 4) {
                continue;
            }
            Set<Character> values = new HashSet<>();
            for (int i = 0; i < 2000; i++) {
                values.add(AccessCode.generate().charAt(position));
            }
            assertTrue(values.size() > 20, "position " + position + " took " + values.size() + " values");
        }
    }

    @Test
    void typedCodesAreReadForgivingly() {
        assertEquals(Optional.of("7KQ2M9XD4RTPWB3H"), AccessCode.normalise("7KQ2-M9XD-4RTP-WB3H"));
        assertEquals(Optional.of("7KQ2M9XD4RTPWB3H"), AccessCode.normalise("7kq2m9xd4rtpwb3h"));
        assertEquals(Optional.of("7KQ2M9XD4RTPWB3H"), AccessCode.normalise(" 7kq2 m9xd-4rtp wb3h "));
        // Crockford: O reads as 0, I and L as 1.
        assertEquals(Optional.of("0110M9XD4RTPWB3H"), AccessCode.normalise("OIL0-M9XD-4RTP-WB3H"));
    }

    @Test
    void nonCodesAreRefused() {
        assertEquals(Optional.empty(), AccessCode.normalise(null));
        assertEquals(Optional.empty(), AccessCode.normalise(""));
        assertEquals(Optional.empty(), AccessCode.normalise("7KQ2-M9XD-4RTP"));
        assertEquals(Optional.empty(), AccessCode.normalise("7KQ2-M9XD-4RTP-WB3H-0000"));
        assertEquals(Optional.empty(), AccessCode.normalise("7KQ2-M9XD-4RTP-WB3U"));
        assertEquals(Optional.empty(), AccessCode.normalise("7KQ2-M9XD-4RTP-WB3!"));
        assertEquals(Optional.empty(), AccessCode.normalise("x".repeat(100)));
    }

    @Test
    void hashesDependOnTheKeyAndTheCode() {
        CodeHasher one = new CodeHasher("b25lLWtleS1vbmUta2V5LW9uZS1rZXktb25lLWtleS1vbmU=");
        CodeHasher two = new CodeHasher("dHdvLWtleS10d28ta2V5LXR3by1rZXktdHdvLWtleS10d28=");
        assertEquals(32, one.hash("7KQ2M9XD4RTPWB3H").length);
        assertEquals(new String(one.hash("7KQ2M9XD4RTPWB3H")), new String(one.hash("7KQ2M9XD4RTPWB3H")));
        assertNotEquals(new String(one.hash("7KQ2M9XD4RTPWB3H")), new String(two.hash("7KQ2M9XD4RTPWB3H")));
        assertNotEquals(new String(one.hash("7KQ2M9XD4RTPWB3H")), new String(one.hash("7KQ2M9XD4RTPWB3J")));
    }

    @Test
    void anIssuedCodeIsFoundAgainHoweverItIsTyped() {
        CodeHasher hasher = new CodeHasher("b25lLWtleS1vbmUta2V5LW9uZS1rZXktb25lLWtleS1vbmU=");
        CodeHasher.IssuedCode issued = hasher.issue();
        assertTrue(issued.code().matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}"), issued.code());
        for (String typed : new String[] { issued.code(), issued.code().toLowerCase(), issued.code().replace("-", " ") }) {
            assertTrue(java.util.Arrays.equals(issued.hash(), hasher.hashOfTyped(typed).orElseThrow()), typed);
        }
        assertEquals(Optional.empty(), hasher.hashOfTyped("not a code"));
        assertEquals(Optional.empty(), hasher.hashOfTyped(null));
    }
}
