package no.samtale.qa;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.samtale.common.ProblemException;
import no.samtale.qa.ArchiveService.Entry;
import no.samtale.qa.ArchiveService.Item;
import no.samtale.qa.QuestionViews.ForAsker;
import no.samtale.web.PageContext;
import no.samtale.web.Pages;
import no.samtale.web.WebConfig;

/**
 * The visitor's Q&A pages: the archive and its search, an entry, the ask form and the receipt page. Plain HTML that
 * works without JavaScript; receipts travel only in form bodies and page content.
 */
@Path("/qa")
@Produces(MediaType.TEXT_HTML)
public class QaPages {

    private static final int PAGE_SIZE = 10;
    private static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    record Choice(String slug, String name, boolean selected, String link) {
    }

    record ListedEntry(Entry entry, String link, String categoryName, String date) {
    }

    record Listing(String query, List<ListedEntry> entries, boolean approximate, String previousLink, String nextLink) {
    }

    record Shown(Item item, String categoryName, String date, String isoDate, boolean stale, String description,
            List<ListedEntry> related) {
    }

    record AskForm(String title, String body, String category, String language, boolean publishConsent,
            Map<String, String> errors, String alert) {
        public String error(String field) {
            return errors.get(field);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance archive(PageContext page, List<Choice> categories, Listing listing);

        static native TemplateInstance entry(PageContext page, Shown shown);

        static native TemplateInstance ask(PageContext page, List<Choice> categories, AskForm form);

        static native TemplateInstance received(PageContext page, String receipt);

        static native TemplateInstance receipt(PageContext page, String receipt, ForAsker question, String statusText,
                String answerDate, boolean withdrawable, String notice, String error);

        static native TemplateInstance feed(String origin, String title, String updated, List<Item> items);
    }

    private final ArchiveService archive;
    private final QuestionService questions;
    private final Pages pages;
    private final QaConfig config;
    private final WebConfig web;

    QaPages(ArchiveService archive, QuestionService questions, Pages pages, QaConfig config, WebConfig web) {
        this.archive = archive;
        this.questions = questions;
        this.pages = pages;
        this.config = config;
        this.web = web;
    }

    @GET
    public Uni<Response> archive(@QueryParam("lang") String lang, @QueryParam("q") String query,
            @QueryParam("category") String category, @QueryParam("page") String pageNumber,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        PageContext page = pages.context("/qa", lang, accept);
        String q = query == null || query.isBlank() ? null : query.strip();
        if (q != null && q.length() > 200) {
            q = q.substring(0, 200);
        }
        String searchText = q;
        int number = pageNumber(pageNumber);
        return archive.categories().chain(all -> {
            String chosen = all.stream().anyMatch(c -> c.slug().equals(category)) ? category : null;
            Uni<ArchiveService.Page> results = searchText == null ? archive.list(chosen, null, number, PAGE_SIZE)
                    : archive.search(searchText, chosen, null, number, PAGE_SIZE);
            return results.chain(found -> {
                List<Choice> choices = all.stream().map(c -> new Choice(c.slug(), c.name(page.lang().code()),
                        c.slug().equals(chosen), archiveLink(page, null, c.slug(), 0))).toList();
                Listing listing = new Listing(searchText, found.items().stream().map(e -> listed(e, page, all)).toList(),
                        found.approximate(), number > 0 ? archiveLink(page, searchText, chosen, number - 1) : null,
                        found.hasMore() ? archiveLink(page, searchText, chosen, number + 1) : null);
                return pages.response(Templates.archive(page, choices, listing), page, 200, Pages.Caching.ALLOWED);
            });
        });
    }

    @GET
    @Path("/feed.atom")
    @Produces("application/atom+xml")
    public Uni<Response> feed() {
        return archive.newest(20).chain(items -> {
            String updated = items.isEmpty() ? OffsetDateTime.now().toString() : items.get(0).publishedAt().toString();
            return Templates.feed(web.publicOrigin(), MessageBundles.get(QaMessages.class, Localized.Literal.of("nb")).feed_title(),
                    updated, items).createUni();
        }).map(xml -> Response.ok(xml, "application/atom+xml; charset=utf-8").build());
    }

    @GET
    @Path("/ask")
    public Uni<Response> askForm(@QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        PageContext page = pages.context("/qa/ask", lang, accept);
        return askPage(page, new AskForm("", "", "", page.lang().code(), false, Map.of(), null), 200);
    }

    @POST
    @Path("/ask")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> ask(@RestForm String lang, @RestForm String title, @RestForm String body, @RestForm String category,
            @RestForm String language, @RestForm String publishConsent, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        PageContext page = pages.context("/qa/ask", lang, accept);
        QaMessages text = text(page);
        String answerLanguage = language != null && language.matches("nb|sv|en") ? language : page.lang().code();
        AskForm form = new AskForm(trim(title), trim(body), trim(category), answerLanguage, "true".equals(publishConsent),
                new LinkedHashMap<>(), null);
        if (form.title().length() < 3 || form.title().length() > QuestionRequests.TITLE_MAX) {
            form.errors().put("title", text.error_title());
        }
        if (form.body().length() < 10 || form.body().length() > QuestionRequests.BODY_MAX) {
            form.errors().put("body", text.error_body());
        }
        return archive.categories().chain(all -> {
            if (all.stream().noneMatch(c -> c.slug().equals(form.category()))) {
                form.errors().put("category", text.error_category());
            }
            if (!form.errors().isEmpty()) {
                return askPage(page, withAlert(form, text.form_errors()), 400);
            }
            return questions.ask(new QuestionRequests.Ask(form.title(), form.body(), form.category(), form.language(),
                    form.publishConsent()))
                    .chain(received -> pages.response(Templates.received(page, received.receipt()), page, 201, Pages.Caching.NO_STORE))
                    .onFailure(ProblemException.class)
                    .recoverWithUni(e -> askPage(page, withAlert(form, ((ProblemException) e).status() == 429
                            ? text.error_busy() : text.form_errors()), ((ProblemException) e).status()));
        });
    }

    @GET
    @Path("/receipt")
    public Uni<Response> receiptForm(@QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        PageContext page = pages.context("/qa/receipt", lang, accept);
        return pages.response(Templates.receipt(page, null, null, null, null, false, null, null), page, 200, Pages.Caching.NO_STORE);
    }

    @POST
    @Path("/receipt")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> receipt(@RestForm String lang, @RestForm String receipt,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        PageContext page = pages.context("/qa/receipt", lang, accept);
        return questions.lookup(receipt).chain(found -> receiptPage(page, receipt, found, null))
                .onFailure(ProblemException.class).recoverWithUni(e -> receiptError(page, (ProblemException) e));
    }

    @POST
    @Path("/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> withdraw(@RestForm String lang, @RestForm String receipt,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        PageContext page = pages.context("/qa/receipt", lang, accept);
        return questions.withdraw(receipt).chain(() -> questions.lookup(receipt))
                .chain(found -> receiptPage(page, receipt, found, text(page).notice_withdrawn()))
                .onFailure(ProblemException.class).recoverWithUni(e -> receiptError(page, (ProblemException) e));
    }

    @GET
    @Path("/{slug}")
    public Uni<Response> entry(@PathParam("slug") String slug, @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        PageContext page = pages.context("/qa/" + slug, lang, accept);
        if (slug.length() > 120) {
            return Uni.createFrom().failure(ProblemException.notFound("No published question has that address"));
        }
        return archive.categories().chain(all -> archive.item(slug).chain(item -> {
            String description = item.answerHtml() == null ? item.title()
                    : item.answerHtml().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
            if (description.length() > 155) {
                description = description.substring(0, 154).replaceAll("\\s+\\S*$", "") + "…";
            }
            OffsetDateTime answered = item.answeredAt();
            Shown shown = new Shown(item, categoryName(all, item.category(), page), date(answered, page),
                    answered.toString(), answered.isBefore(OffsetDateTime.now().minus(config.answerReviewAge())), description,
                    item.related().stream().map(e -> listed(e, page, all)).toList());
            return pages.response(Templates.entry(page, shown), page, 200, Pages.Caching.ALLOWED);
        }));
    }

    private Uni<Response> askPage(PageContext page, AskForm form, int status) {
        return archive.categories().chain(all -> pages.response(Templates.ask(page, all.stream()
                .map(c -> new Choice(c.slug(), c.name(page.lang().code()), c.slug().equals(form.category()), null)).toList(),
                form), page, status, Pages.Caching.NO_STORE));
    }

    private Uni<Response> receiptPage(PageContext page, String receipt, ForAsker found, String notice) {
        QaMessages text = text(page);
        String status = switch (found.status()) {
            case RECEIVED -> text.status_received();
            case ACCEPTED -> text.status_accepted();
            case REJECTED -> text.status_rejected();
            case ANSWERED -> text.status_answered();
            case PUBLISHED -> text.status_published();
            case WITHDRAWN -> text.status_withdrawn();
        };
        String answerDate = found.answer() == null ? null : date(found.answer().answeredAt(), page);
        return pages.response(Templates.receipt(page, receipt.strip(), found, status, answerDate,
                found.status().canMoveTo(QuestionStatus.WITHDRAWN), notice, null), page, 200, Pages.Caching.NO_STORE);
    }

    private Uni<Response> receiptError(PageContext page, ProblemException e) {
        QaMessages text = text(page);
        String error = switch (e.status()) {
            case 404 -> text.error_unknown_receipt();
            case 429 -> text.error_busy();
            case 409 -> text.status_withdrawn();
            default -> text.error_bad_receipt();
        };
        return pages.response(Templates.receipt(page, null, null, null, null, false, null, error), page, e.status(), Pages.Caching.NO_STORE);
    }

    private ListedEntry listed(Entry entry, PageContext page, List<Categories.Category> all) {
        return new ListedEntry(entry, page.link("/qa/" + entry.slug()), categoryName(all, entry.category(), page),
                date(entry.answeredAt(), page));
    }

    private static String categoryName(List<Categories.Category> all, String slug, PageContext page) {
        return all.stream().filter(c -> c.slug().equals(slug)).findFirst().map(c -> c.name(page.lang().code())).orElse(slug);
    }

    private static String archiveLink(PageContext page, String query, String category, int number) {
        StringBuilder link = new StringBuilder("/qa?lang=").append(page.lang().code());
        if (query != null) {
            link.append("&q=").append(URLEncoder.encode(query, StandardCharsets.UTF_8));
        }
        if (category != null) {
            link.append("&category=").append(category);
        }
        if (number > 0) {
            link.append("&page=").append(number);
        }
        return link.toString();
    }

    private static String date(OffsetDateTime when, PageContext page) {
        return when == null ? "" : when.atZoneSameInstant(ZONE)
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(page.lang().locale()));
    }

    private static int pageNumber(String value) {
        try {
            return value == null ? 0 : Math.max(0, Math.min(1000, Integer.parseInt(value.trim())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static AskForm withAlert(AskForm form, String alert) {
        return new AskForm(form.title(), form.body(), form.category(), form.language(), form.publishConsent(), form.errors(),
                alert);
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    private static QaMessages text(PageContext page) {
        return MessageBundles.get(QaMessages.class, Localized.Literal.of(page.lang().code()));
    }
}
