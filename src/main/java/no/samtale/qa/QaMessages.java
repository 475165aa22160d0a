package no.samtale.qa;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the Q&A pages; qa_sv and qa_en hold the translations. */
@MessageBundle(value = "qa", locale = "nb")
public interface QaMessages {

    @Message("Spørsmål og svar")
    String title();

    @Message("Svar fra rådgivere på det andre har lurt på. Alle spørsmål er sendt inn anonymt og gjennomgått før publisering.")
    String intro();

    @Message("Søk")
    String search_label();

    @Message("Søk")
    String search_submit();

    @Message("Tema")
    String category_label();

    @Message("Alle tema")
    String all_categories();

    @Message("Fant ingen svar. Prøv andre ord, eller still spørsmålet ditt.")
    String no_results();

    @Message("Fant ingen nøyaktige treff. Disse ligner på det du søkte etter:")
    String approximate();

    @Message("Nyeste svar")
    String newest();

    @Message("Treff for «{query}»")
    String results_for(String query);

    @Message("Nyere")
    String previous_page();

    @Message("Eldre")
    String next_page();

    @Message("Still et spørsmål")
    String ask_link();

    @Message("Besvart {date}")
    String answered_on(String date);

    @Message("Svar")
    String answer_heading();

    @Message("Dette svaret er mer enn ett år gammelt. Noe kan ha endret seg siden; spør oss gjerne om du er usikker.")
    String stale_notice();

    @Message("Relaterte spørsmål")
    String related();

    @Message("Tilbake til spørsmål og svar")
    String back();

    @Message("Still et spørsmål anonymt")
    String ask_title();

    @Message("Du trenger ikke oppgi navn eller kontaktinformasjon – ikke skriv det i spørsmålet heller. Du får en kvitteringskode som du bruker for å se svaret.")
    String ask_intro();

    @Message("Overskrift")
    String field_title();

    @Message("Spørsmålet ditt")
    String field_body();

    @Message("Språk for svaret")
    String field_language();

    @Message("Svaret kan publiseres anonymt i arkivet, slik at andre med samme spørsmål får hjelp")
    String field_consent();

    @Message("Uten samtykke ser bare du svaret, med kvitteringskoden.")
    String consent_hint();

    @Message("Send spørsmålet")
    String ask_submit();

    @Message("Kanskje dette allerede er besvart:")
    String suggestions();

    @Message("Noe må rettes før spørsmålet kan sendes.")
    String form_errors();

    @Message("Skriv en overskrift (3–200 tegn).")
    String error_title();

    @Message("Skriv spørsmålet (10–4000 tegn).")
    String error_body();

    @Message("Velg et tema.")
    String error_category();

    @Message("Mange spørsmål kommer inn akkurat nå. Vent litt og prøv igjen.")
    String error_busy();

    @Message("Spørsmålet er sendt")
    String received_title();

    @Message("Din kvitteringskode")
    String your_receipt();

    @Message("Skriv ned koden eller ta et bilde av den. Med den ser du svaret – vi kan ikke finne den igjen for deg. En rådgiver svarer vanligvis innen en uke.")
    String receipt_hint();

    @Message("Se status og svar")
    String to_receipt();

    @Message("Se svaret på spørsmålet ditt")
    String receipt_title();

    @Message("Skriv inn kvitteringskoden du fikk. Store eller små bokstaver, med eller uten bindestreker.")
    String receipt_intro();

    @Message("Kvitteringskode")
    String receipt_label();

    @Message("Vis")
    String receipt_submit();

    @Message("Vi fant ikke noe spørsmål med den koden. Sjekk at den er skrevet riktig.")
    String error_unknown_receipt();

    @Message("Det ser ikke ut som en kvitteringskode. En kode har 16 tegn, som 7KQ2-M9XD-4RTP-WB3H.")
    String error_bad_receipt();

    @Message("Status")
    String status_label();

    @Message("Mottatt – venter på gjennomgang")
    String status_received();

    @Message("Godkjent – en rådgiver svarer snart")
    String status_accepted();

    @Message("Ikke besvart")
    String status_rejected();

    @Message("Besvart")
    String status_answered();

    @Message("Besvart og publisert anonymt")
    String status_published();

    @Message("Trukket tilbake")
    String status_withdrawn();

    @Message("Begrunnelse")
    String reject_reason();

    @Message("Trekk tilbake spørsmålet")
    String withdraw();

    @Message("Spørsmålet er trukket tilbake og slettes snart.")
    String notice_withdrawn();

    @Message("Nye svar – Samtale")
    String feed_title();
}
