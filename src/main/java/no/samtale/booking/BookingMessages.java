package no.samtale.booking;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the booking pages; booking_sv and booking_en hold the translations. Result wording is fixed and neutral. */
@MessageBundle(value = "booking", locale = "nb")
public interface BookingMessages {

    @Message("Bestill anonym test")
    String title();

    @Message("Bestill en gratis sjekk for kjønnssykdommer. Du oppgir ikke navn, telefonnummer eller e-post: du får en kode i stedet.")
    String intro();

    @Message("Velg sted")
    String choose_clinic();

    @Message("Ingen steder har ledige timer akkurat nå. Prøv igjen senere, eller chat med oss.")
    String no_clinics();

    @Message("Velg tidspunkt")
    String choose_time();

    @Message("Det er ingen ledige timer her de neste ukene.")
    String no_slots();

    @Message("{remaining} ledige")
    String remaining(int remaining);

    @Message("Bestill timen")
    String book();

    @Message("Velg et annet sted")
    String other_clinic();

    @Message("Velg et tidspunkt først.")
    String error_no_time();

    @Message("Den timen ble akkurat full. Velg en annen.")
    String error_full();

    @Message("Den timen kan ikke bestilles lenger. Velg en annen.")
    String error_closed();

    @Message("Timen er bestilt")
    String confirmed_title();

    @Message("Din kode")
    String your_code();

    @Message("Skriv ned koden eller ta et bilde av den. Den er det eneste som knytter timen til deg, og vi kan ikke finne den igjen for deg.")
    String code_hint();

    @Message("Tid")
    String when();

    @Message("Sted")
    String where();

    @Message("Hva skjer, og hva du tar med")
    String what_to_bring_title();

    @Message("Ta med koden. Du trenger ikke legitimasjon, og du blir ikke spurt om navn. Testen er gratis. Kom gjerne noen minutter før.")
    String what_to_bring();

    @Message("Når svaret er klart, ser du det her med koden din. Vi sender ingen meldinger.")
    String result_hint();

    @Message("Legg i kalenderen")
    String add_to_calendar();

    @Message("Kalenderoppføringen heter bare «Avtale», uten ord om test eller om oss.")
    String calendar_hint();

    @Message("Se, flytt eller avbestill timen")
    String to_lookup();

    @Message("Finn timen din")
    String lookup_title();

    @Message("Skriv inn koden du fikk da du bestilte. Store eller små bokstaver, med eller uten bindestreker.")
    String lookup_intro();

    @Message("Kode")
    String code_label();

    @Message("Vis timen")
    String lookup_submit();

    @Message("Vi fant ingen time med den koden. Sjekk at den er skrevet riktig.")
    String error_unknown_code();

    @Message("Det ser ikke ut som en kode. En kode har 16 tegn, som 7KQ2-M9XD-4RTP-WB3H.")
    String error_bad_code();

    @Message("For mange forsøk akkurat nå. Vent litt og prøv igjen.")
    String error_busy();

    @Message("Din time")
    String booking_title();

    @Message("Status")
    String status_label();

    @Message("Svar")
    String result_label();

    @Message("Bestilt")
    String status_booked();

    @Message("Avbestilt")
    String status_cancelled();

    @Message("Møtt")
    String status_attended();

    @Message("Ikke møtt")
    String status_no_show();

    @Message("Svaret er ikke klart ennå.")
    String result_pending();

    @Message("Ingen oppfølging er nødvendig.")
    String result_no_action_needed();

    @Message("Ta kontakt med klinikken.")
    String result_contact_clinic();

    @Message("Avbestill timen")
    String cancel();

    @Message("Flytt til et annet tidspunkt")
    String move_title();

    @Message("Flytt timen")
    String move();

    @Message("Timen er avbestilt.")
    String notice_cancelled();

    @Message("Timen er flyttet.")
    String notice_moved();

    @Message("Timen kan ikke endres lenger. Det går ikke å endre eller avbestille mindre enn en time før.")
    String error_unchangeable();

    @Message("Det finnes ingen andre ledige tidspunkt her akkurat nå.")
    String no_other_slots();
}
