package no.samtale.chat;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the chat page; chat_sv and chat_en hold the translations. The page shows the first group itself; the
 * second group goes to the page's script, and their {placeholders} stay in for the script to fill in.
 */
@MessageBundle(value = "chat", locale = "nb")
public interface ChatMessages {

    // --- On the page ---------------------------------------------------------------------------------

    @Message("Chat med en rådgiver")
    String title();

    @Message("Skriv med en rådgiver som vet mye om sexkjøp og som ikke dømmer. Du bestemmer selv hva du vil snakke om, og hvor mye du vil si.")
    String intro();

    @Message("Helt anonymt")
    String anonymous_heading();

    @Message("Du trenger ikke oppgi navn eller noe annet om deg selv.")
    String fact_no_name();

    @Message("Vi lagrer ingenting om deg: ikke IP-adresse, ikke informasjonskapsler, ikke hvem du er.")
    String fact_nothing_stored();

    @Message("Samtalen slettes 30 dager etter at den er avsluttet – eller med en gang, hvis du sletter den selv.")
    String fact_deleted();

    @Message("Chatten trenger JavaScript, og det er slått av i nettleseren din. Du kan i stedet stille et spørsmål anonymt – det virker uten JavaScript.")
    String noscript();

    @Message("Still et spørsmål")
    String ask_question();

    @Message("Sjekker om chatten er åpen …")
    String checking();

    @Message("Hva vil du snakke om? (valgfritt)")
    String topic_label();

    @Message("Vil ikke si / vet ikke")
    String topic_none();

    @Message("Å slutte å kjøpe sex")
    String topic_stopping();

    @Message("Helse og testing")
    String topic_health();

    @Message("Parforhold og familie")
    String topic_relationships();

    @Message("Tanker og følelser")
    String topic_feelings();

    @Message("Noe annet")
    String topic_other();

    @Message("Start chat")
    String start();

    @Message("Du kan begynne å skrive mens du venter på en rådgiver.")
    String start_hint();

    @Message("Samtalen")
    String log_label();

    @Message("Din melding")
    String message_label();

    @Message("Send")
    String send();

    @Message("Avslutt chatten")
    String end();

    @Message("Slett samtalen")
    String erase();

    @Message("Vil du slette hele samtalen nå? Den blir borte for godt, også for rådgiveren.")
    String erase_question();

    @Message("Ja, slett samtalen")
    String erase_confirm();

    @Message("Avbryt")
    String erase_cancel();

    @Message("Chatten er stengt akkurat nå")
    String closed_heading();

    @Message("Du kan stille et spørsmål anonymt i stedet. En rådgiver svarer så snart som mulig.")
    String closed_ask();

    @Message("Samtalen er avsluttet")
    String ended_heading();

    @Message("Samtalen er slettet")
    String erased_heading();

    @Message("Start en ny chat")
    String new_chat();

    // --- For the script ------------------------------------------------------------------------------

    @Message("Chatten er åpen. En rådgiver kan svare deg nå.")
    String status_open();

    @Message("Akkurat nå venter {count} i køen.")
    String status_waiting(String count);

    @Message("Chatten åpner igjen {when}.")
    String status_opens(String when);

    @Message("Ingen rådgiver er ledig akkurat nå. Prøv igjen litt senere.")
    String status_no_counsellor();

    @Message("Fikk ikke kontakt med chatten. Sjekk nettforbindelsen og last siden på nytt.")
    String status_failed();

    @Message("Kobler til …")
    String connecting();

    @Message("Henter samtalen din …")
    String resuming();

    @Message("Du er nummer {position} i køen. En rådgiver er med deg så snart som mulig.")
    String queued(String position);

    @Message("Du er den neste i køen. En rådgiver er med deg om litt.")
    String queued_next();

    @Message("Du snakker nå med {name}.")
    String joined(String name);

    @Message("Du")
    String you();

    @Message("Rådgiver")
    String counsellor();

    @Message("{name} skriver …")
    String typing(String name);

    @Message("Sender …")
    String sending();

    @Message("Ikke sendt.")
    String not_sent();

    @Message("Send på nytt")
    String retry();

    @Message("Forbindelsen ble brutt. Kobler til igjen …")
    String reconnecting();

    @Message("Du avsluttet samtalen. Takk for at du tok kontakt.")
    String ended_by_visitor();

    @Message("Rådgiveren avsluttet samtalen. Takk for at du tok kontakt.")
    String ended_by_counsellor();

    @Message("Samtalen ble avsluttet fordi det var stille en stund. Takk for at du tok kontakt.")
    String ended_by_timeout();

    @Message("Samtalen slettes av seg selv om 30 dager. Vil du at den skal bort nå, kan du slette den selv.")
    String ended_note();

    @Message("Ingenting av samtalen er lagret hos oss lenger.")
    String erased();

    @Message("Samtalen kunne ikke slettes akkurat nå. Prøv igjen om litt.")
    String erase_failed();

    @Message("Meldingen er for lang. Del den gjerne opp i flere.")
    String error_too_long();

    @Message("Du sender veldig raskt. Vent litt og prøv igjen.")
    String error_rate_limited();

    @Message("Meldingen ble ikke lagret. Send den på nytt.")
    String error_unavailable();

    @Message("Chatten er stengt nå.")
    String error_closed();

    @Message("Samtalen er avsluttet, så meldingen ble ikke sendt.")
    String error_ended();

    @Message("Noe gikk galt. Prøv igjen.")
    String error_other();
}
