package no.samtale.web;

import java.util.List;

/** What the shared layout needs on every visitor page. */
public record PageContext(Language lang, String path, String quickExitUrl) {

    public List<Language> languages() {
        return List.of(Language.values());
    }

    /** The same page in another language. */
    public String linkIn(Language other) {
        return path + "?lang=" + other.code();
    }

    /** A link to another page that keeps the current language. */
    public String link(String target) {
        return target + "?lang=" + lang.code();
    }
}
