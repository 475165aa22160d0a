package no.samtale.booking;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.samtale.booking.BookingPageModels.Day;
import no.samtale.booking.BookingPageModels.Summary;
import no.samtale.booking.BookingViews.BookingView;
import no.samtale.booking.BookingViews.ClinicView;
import no.samtale.common.ProblemException;
import no.samtale.web.PageContext;
import no.samtale.web.Pages;

/**
 * The visitor's booking pages: plain HTML forms that work without JavaScript. Codes only ever travel in form
 * bodies and page content, never in a URL, and no page that shows a code may be cached.
 */
@Path("/booking")
@Produces(MediaType.TEXT_HTML)
public class BookingPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance clinics(PageContext page, List<ClinicView> clinics);

        static native TemplateInstance slots(PageContext page, ClinicView clinic, List<Day> days, String error);

        static native TemplateInstance confirmation(PageContext page, String code, Summary booking);

        static native TemplateInstance lookup(PageContext page, String error);

        static native TemplateInstance booking(PageContext page, String code, Summary booking, List<Day> otherDays,
                String notice, String error);
    }

    private final BookingService bookings;
    private final BookingConfig config;
    private final Pages pages;

    BookingPages(BookingService bookings, BookingConfig config, Pages pages) {
        this.bookings = bookings;
        this.config = config;
        this.pages = pages;
    }

    @GET
    public Uni<Response> start(@QueryParam("lang") String lang, @QueryParam("clinic") String clinicId,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        PageContext page = pages.context("/booking", lang, accept);
        UUID clinic = uuid(clinicId);
        if (clinic == null) {
            return bookings.clinics().chain(all -> html(Templates.clinics(page, all), page, 200));
        }
        return slotForm(page, clinic, null, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> book(@RestForm String lang, @RestForm String clinicId, @RestForm String slotId,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        PageContext page = pages.context("/booking", lang, accept);
        BookingMessages text = text(page);
        UUID clinic = uuid(clinicId);
        UUID slot = uuid(slotId);
        if (clinic == null) {
            return bookings.clinics().chain(all -> html(Templates.clinics(page, all), page, 400));
        }
        if (slot == null) {
            return slotForm(page, clinic, text.error_no_time(), 400);
        }
        return bookings.book(slot)
                .chain(created -> html(Templates.confirmation(page, created.code(), BookingPageModels.summary(
                        new BookingView(BookingStatus.BOOKED, ResultStatus.PENDING, created.slot(), created.clinic(), true),
                        config.zone(), page.lang().locale(), text)), page, 200))
                .onFailure(ProblemException.class).recoverWithUni(e -> slotForm(page, clinic,
                        BookingService.FULL.equals(e.getMessage()) ? text.error_full()
                                : busyOr(e, text, text.error_closed()),
                        ((ProblemException) e).status()));
    }

    @POST
    @Path("/calendar")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({ "text/calendar", MediaType.TEXT_HTML })
    public Uni<Response> calendar(@RestForm String lang, @RestForm String code,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        PageContext page = pages.context("/booking/lookup", lang, accept);
        return bookings.calendarEntry(code).map(BookingResource::calendarResponse)
                .onFailure(ProblemException.class).recoverWithUni(e -> lookupForm(page, e));
    }

    @GET
    @Path("/lookup")
    public Uni<Response> lookupPage(@QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        PageContext page = pages.context("/booking/lookup", lang, accept);
        return html(Templates.lookup(page, null), page, 200);
    }

    @POST
    @Path("/lookup")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> lookup(@RestForm String lang, @RestForm String code,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        PageContext page = pages.context("/booking/lookup", lang, accept);
        return bookings.lookup(code).chain(found -> bookingPage(page, code, found, null, null, 200))
                .onFailure(ProblemException.class).recoverWithUni(e -> lookupForm(page, e));
    }

    @POST
    @Path("/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> cancel(@RestForm String lang, @RestForm String code,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        PageContext page = pages.context("/booking/lookup", lang, accept);
        return changed(page, code, bookings.cancel(code), text(page).notice_cancelled(), e -> text(page).error_unchangeable());
    }

    @POST
    @Path("/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> move(@RestForm String lang, @RestForm String code, @RestForm String slotId,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        PageContext page = pages.context("/booking/lookup", lang, accept);
        BookingMessages text = text(page);
        UUID slot = uuid(slotId);
        if (slot == null) {
            return bookings.lookup(code).chain(found -> bookingPage(page, code, found, null, text.error_no_time(), 400))
                    .onFailure(ProblemException.class).recoverWithUni(e -> lookupForm(page, e));
        }
        return changed(page, code, bookings.reschedule(code, slot), text.notice_moved(),
                e -> BookingService.FULL.equals(e.getMessage()) ? text.error_full()
                        : BookingService.CLOSED.equals(e.getMessage()) ? text.error_closed() : text.error_unchangeable());
    }

    /** After a change: the booking with a notice, or with the reason it could not be changed. */
    private Uni<Response> changed(PageContext page, String code, Uni<BookingView> change, String notice,
            Function<ProblemException, String> reason) {
        return change.chain(found -> bookingPage(page, code, found, notice, null, 200))
                .onFailure(ProblemException.class).recoverWithUni(e -> {
                    ProblemException problem = (ProblemException) e;
                    if (problem.status() != 409) {
                        return lookupForm(page, problem);
                    }
                    return bookings.lookup(code).chain(found -> bookingPage(page, code, found, null, reason.apply(problem), 409));
                });
    }

    private Uni<Response> bookingPage(PageContext page, String code, BookingView found, String notice, String error,
            int status) {
        BookingMessages text = text(page);
        Summary summary = BookingPageModels.summary(found, config.zone(), page.lang().locale(), text);
        Uni<List<Day>> others = found.changeable()
                ? bookings.bookableSlots(found.clinic().id(), null, null).map(slots -> BookingPageModels.days(
                        slots.stream().filter(s -> !s.id().equals(found.slot().id())).toList(), config.zone(),
                        page.lang().locale()))
                : Uni.createFrom().item(List.of());
        return others.chain(days -> html(Templates.booking(page, code.trim(), summary, days, notice, error), page, status));
    }

    private Uni<Response> slotForm(PageContext page, UUID clinicId, String error, int status) {
        return bookings.clinics().chain(all -> {
            ClinicView clinic = all.stream().filter(c -> c.id().equals(clinicId)).findFirst().orElse(null);
            if (clinic == null) {
                return html(Templates.clinics(page, all), page, 404);
            }
            return bookings.bookableSlots(clinicId, null, null)
                    .chain(slots -> html(Templates.slots(page, clinic,
                            BookingPageModels.days(slots, config.zone(), page.lang().locale()), error), page, status));
        });
    }

    private Uni<Response> lookupForm(PageContext page, Throwable failure) {
        ProblemException problem = (ProblemException) failure;
        BookingMessages text = text(page);
        String error = switch (problem.status()) {
            case 404 -> text.error_unknown_code();
            case 429 -> text.error_busy();
            default -> text.error_bad_code();
        };
        return html(Templates.lookup(page, error), page, problem.status());
    }

    private static String busyOr(Throwable e, BookingMessages text, String otherwise) {
        return ((ProblemException) e).status() == 429 ? text.error_busy() : otherwise;
    }

    /** Every booking page may show a code, so none is cached. */
    private Uni<Response> html(TemplateInstance template, PageContext page, int status) {
        return pages.response(template, page, status, Pages.Caching.NO_STORE);
    }

    private static BookingMessages text(PageContext page) {
        return MessageBundles.get(BookingMessages.class, Localized.Literal.of(page.lang().code()));
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
