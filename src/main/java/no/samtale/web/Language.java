package no.samtale.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The visitor pages' languages: Norwegian bokmål (the default), Swedish and English. */
public enum Language {
    NB("nb", "Norsk"),
    SV("sv", "Svenska"),
    EN("en", "English");

    private final String code;
    private final String nativeName;

    Language(String code, String nativeName) {
        this.code = code;
        this.nativeName = nativeName;
    }

    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Optional<Language> ofCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(code)).findFirst();
    }

    /**
     * An explicit {@code ?lang=} wins; otherwise the browser's preference among ours; otherwise bokmål.
     * Nothing is remembered between requests: the choice travels in the links, never in a cookie.
     */
    public static Language resolve(String requested, String acceptLanguage) {
        if (requested != null) {
            Optional<Language> explicit = ofCode(requested.trim());
            if (explicit.isPresent()) {
                return explicit.get();
            }
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String primary = range.getRange().split("-")[0];
                    // Nynorsk and generic Norwegian readers are best served by bokmål.
                    if (List.of("no", "nn").contains(primary)) {
                        return NB;
                    }
                    Optional<Language> match = ofCode(primary);
                    if (match.isPresent()) {
                        return match.get();
                    }
                }
            } catch (IllegalArgumentException malformedHeader) {
                return NB;
            }
        }
        return NB;
    }
}
