package no.samtale.booking;

import java.time.Duration;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "samtale.booking")
public interface BookingConfig {

    /** How far ahead a slot can be booked. */
    @WithDefault("P28D")
    Duration horizon();

    /** Bookings cannot be made, moved or cancelled closer to the start than this. */
    @WithDefault("PT1H")
    Duration cutoff();

    /** The clinics' time zone: weekly templates and days are read in it. */
    @WithDefault("Europe/Oslo")
    ZoneId zone();

    /** Bookings (and their slots) are deleted this long after the slot ends. */
    @WithDefault("P30D")
    Duration retention();

    /** Bookings per second across the service, a ceiling against floods of anonymous bookings. */
    @WithDefault("50")
    int bookingsPerSecond();

    /** Code look-ups per second across the service (lookup, cancel, move, calendar). */
    @WithDefault("100")
    int lookupsPerSecond();

    /** Dev profile: create two sample clinics with slots when there is none. */
    @WithDefault("false")
    boolean seedSampleClinics();
}
