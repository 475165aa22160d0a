package no.samtale.web;

import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.samtale.common.NoStore;

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

    /** Whether a page may be cached: pages that show a code or a receipt never may. */
    public enum Caching {
        ALLOWED, NO_STORE
    }

    /** A rendered page with its status; a form page that refuses input answers 4xx but still shows HTML. */
    public Uni<Response> response(TemplateInstance template, PageContext page, int status, Caching caching) {
        return render(template, page).map(body -> {
            Response.ResponseBuilder answer = Response.status(status).entity(body).type(MediaType.TEXT_HTML_TYPE);
            if (caching == Caching.NO_STORE) {
                answer.cacheControl(NoStore.cacheControl());
            }
            return answer.build();
        });
    }
}
