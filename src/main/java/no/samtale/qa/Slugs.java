package no.samtale.qa;

import java.text.Normalizer;
import java.util.UUID;

/** Readable, stable slugs: the title in lower-case ASCII (æ→ae, ø→o, å→a), then a short piece of the id. */
final class Slugs {

    private static final int MAX_WORDS_LENGTH = 80;

    private Slugs() {
    }

    static String of(String title, UUID id) {
        String ascii = title.toLowerCase()
                .replace("æ", "ae").replace("ø", "o").replace("å", "a")
                .replace("ä", "a").replace("ö", "o").replace("ß", "ss");
        ascii = Normalizer.normalize(ascii, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String words = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (words.length() > MAX_WORDS_LENGTH) {
            words = words.substring(0, MAX_WORDS_LENGTH).replaceAll("-[^-]*$", "");
        }
        String suffix = id.toString().substring(0, 6);
        return words.isEmpty() ? suffix : words + "-" + suffix;
    }
}
