package no.samtale.web;

import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Builds the page context every visitor page shares, and renders a template in the visitor's language. */
@ApplicationScoped
public class Pages {

    private final WebConfig config;

    Pages(WebConfig config) {
        this.config = config;
    }

    public PageContext context(String path, String requestedLang, String acceptLanguage) {
        return new PageContext(Language.resolve(requestedLang, acceptLanguage), path, config.quickExitUrl());
    }

    /**
     * Renders in the page's language. The language is chosen by {@link Language#resolve}, not by JAX-RS variant
     * negotiation, so a malformed Accept-Language header cannot break a page.
     */
    public Uni<String> render(TemplateInstance template, PageContext page) {
        return template.setLocale(page.lang().locale()).createUni();
    }
}
