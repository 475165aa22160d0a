package no.samtale.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import no.samtale.common.DatabaseStartup;
import no.samtale.identity.Actor;

/** In the dev profile, two clinics with evening slots for the coming weeks, so that booking can be tried at once. */
@ApplicationScoped
public class SampleClinics {

    private static final Logger LOG = Logger.getLogger(SampleClinics.class);

    private final ClinicAdminService admin;
    private final BookingConfig config;
    private final boolean enabled;

    SampleClinics(ClinicAdminService admin, BookingConfig config) {
        this.admin = admin;
        this.config = config;
        this.enabled = config.seedSampleClinics();
    }

    void onStart(@Observes @Priority(DatabaseStartup.PRIORITY + 20) StartupEvent event) throws Throwable {
        if (enabled) {
            VertxContextSupport.subscribeAndAwait(() -> noClinicYet().chain(empty -> empty ? seed() : Uni.createFrom().voidItem()));
        }
    }

    @WithSession
    Uni<Boolean> noClinicYet() {
        return Clinic.count().map(n -> n == 0);
    }

    private Uni<Void> seed() {
        LocalDate today = LocalDate.now(config.zone());
        return admin.create(new BookingRequests.ClinicDetails("Sentrum helsestasjon (eksempel)", "Storgata 10, 0155 Oslo",
                "Inngang fra bakgården, 2. etasje. Ring på «Resepsjon».",
                "Drop-in er ikke mulig disse kveldene; bestill en time. Ingen legitimasjon."), Actor.system())
                .chain(oslo -> admin.addWeekly(oslo.id(), new BookingRequests.WeeklyTemplate(today, today.plusDays(27),
                        Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), LocalTime.of(16, 0), LocalTime.of(19, 0), 20, 3),
                        Actor.system()))
                .chain(() -> admin.create(new BookingRequests.ClinicDetails("Vestkanten klinikk (eksempel)",
                        "Bogstadveien 30, 0355 Oslo", "Bak apoteket, blå dør.", "Kom fem minutter før."), Actor.system()))
                .chain(west -> admin.addWeekly(west.id(), new BookingRequests.WeeklyTemplate(today, today.plusDays(27),
                        Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY), LocalTime.of(10, 0),
                        LocalTime.of(13, 0), 30, 2), Actor.system()))
                .invoke(() -> LOG.info("Sample clinics with slots for the next four weeks are ready"))
                .replaceWithVoid();
    }
}
