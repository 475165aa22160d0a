package no.samtale.identity;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * The codes a visitor holds instead of a name (question receipts, booking codes): 80 random bits written as
 * Crockford base32 in four groups, e.g. {@code 7KQ2-M9XD-4RTP-WB3H}. Typed codes are read case-insensitively,
 * with or without dashes and spaces, and with the letters Crockford maps to digits (O→0, I/L→1).
 */
public final class AccessCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessCode() {
    }

    /** A new code, formatted for display. */
    public static String generate() {
        byte[] bits = new byte[10];
        RANDOM.nextBytes(bits);
        StringBuilder code = new StringBuilder(LENGTH + 3);
        long high = 0;
        for (int i = 0; i < 5; i++) {
            high = (high << 8) | (bits[i] & 0xff);
        }
        long low = 0;
        for (int i = 5; i < 10; i++) {
            low = (low << 8) | (bits[i] & 0xff);
        }
        appendBase32(code, high);
        appendBase32(code, low);
        return format(code.toString());
    }

    /** The canonical form used for hashing (16 upper-case characters), or empty when it cannot be a code. */
    public static Optional<String> normalise(String typed) {
        if (typed == null || typed.length() > 64) {
            return Optional.empty();
        }
        StringBuilder canonical = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase().toCharArray()) {
            if (c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            char mapped = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(mapped) < 0) {
                return Optional.empty();
            }
            canonical.append(mapped);
        }
        return canonical.length() == LENGTH ? Optional.of(canonical.toString()) : Optional.empty();
    }

    public static String format(String canonical) {
        return String.join("-", canonical.substring(0, 4), canonical.substring(4, 8), canonical.substring(8, 12),
                canonical.substring(12, 16));
    }

    /** 40 bits as 8 base32 characters, most significant first. */
    private static void appendBase32(StringBuilder out, long fortyBits) {
        for (int shift = 35; shift >= 0; shift -= 5) {
            out.append(ALPHABET.charAt((int) ((fortyBits >>> shift) & 31)));
        }
    }
}
