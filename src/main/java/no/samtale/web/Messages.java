package no.samtale.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the shared layout and the home page; msg_sv and msg_en hold the translations. */
@MessageBundle(value = "msg", locale = "nb")
public interface Messages {

    @Message("Samtale – anonym samtale og veiledning")
    String site_title();

    @Message("Samtale")
    String site_name();

    @Message("Hopp til innholdet")
    String skip_to_content();

    @Message("Forlat siden raskt")
    String quick_exit();

    @Message("Trykk Esc for å forlate siden raskt.")
    String quick_exit_hint();

    @Message("Språk")
    String language();

    @Message("Snakk med noen – anonymt")
    String home_heading();

    @Message("Kjøper du sex, har du gjort det, eller tenker du på det? Her kan du snakke med en rådgiver, stille spørsmål og bestille en gratis sjekk for kjønnssykdommer – uten å oppgi navn. Vi dømmer ikke, og vi lagrer ingenting som kan spores til deg.")
    String home_intro();

    @Message("Chat med en rådgiver")
    String home_chat_title();

    @Message("Skriv med en rådgiver her og nå. Du trenger ikke si hvem du er, og du kan slette samtalen når du vil.")
    String home_chat_text();

    @Message("Spørsmål og svar")
    String home_qa_title();

    @Message("Les svar på det andre har lurt på, eller send inn ditt eget spørsmål anonymt.")
    String home_qa_text();

    @Message("Bestill anonym test")
    String home_booking_title();

    @Message("Bestill time til en gratis sjekk for kjønnssykdommer. Du får en kode i stedet for å oppgi navn.")
    String home_booking_text();

    @Message("Slik beskytter vi deg")
    String home_privacy_title();

    @Message("Vi lagrer ikke IP-adresse, og vi bruker ingen informasjonskapsler. Samtaler slettes automatisk, og du kan slette din egen samtale med en gang.")
    String home_privacy_text();

    @Message("Samtale er et anonymt tilbud til deg som kjøper eller har kjøpt sex, og til dine nærmeste.")
    String footer_text();
}
