package no.samtale.qa;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import jakarta.enterprise.context.ApplicationScoped;

/** Counsellors write answers in Markdown; visitors get HTML that a sanitiser has cleaned, and search gets the text. */
@ApplicationScoped
public class AnswerRenderer {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer html = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private final TextContentRenderer text = TextContentRenderer.builder().build();
    // Links leave for other sites without telling them where the visitor came from.
    private final PolicyFactory policy = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder().allowElements("a").allowUrlProtocols("https", "http", "mailto")
                    .allowAttributes("href").onElements("a").requireRelsOnLinks("noopener", "noreferrer", "nofollow")
                    .toFactory())
            .and(new HtmlPolicyBuilder().allowElements("ul", "ol", "li", "pre", "code", "hr", "br").toFactory());

    public record Rendered(String html, String text) {
    }

    public Rendered render(String markdown) {
        Node document = parser.parse(markdown);
        return new Rendered(policy.sanitize(html.render(document)), text.render(document).strip());
    }
}
