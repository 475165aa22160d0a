package no.samtale.chat;

import java.util.List;
import java.util.UUID;

import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import no.samtale.common.DatabaseStartup;

/** Dev profile: a few canned replies in each language, so the console's chat view has something to offer. */
@ApplicationScoped
public class SampleCannedReplies {

    private static final List<List<String>> SAMPLES = List.of(
            List.of("nb", "Velkommen", "Hei, og velkommen til chatten. Du er anonym her, og du bestemmer selv hva du vil"
                    + " fortelle. Hva har du lyst til å snakke om?"),
            List.of("nb", "Smittesjekk", "Du kan bestille en anonym smittesjekk på /booking. Du får en kode i stedet for"
                    + " å oppgi navn, og med koden ser du svaret ditt etterpå."),
            List.of("nb", "Avslutning", "Takk for at du tok kontakt. Du er velkommen tilbake når som helst, og du kan også"
                    + " stille spørsmål anonymt på /qa/ask."),
            List.of("sv", "Välkommen", "Hej och välkommen till chatten. Du är anonym här och bestämmer själv vad du vill"
                    + " berätta. Vad vill du prata om?"),
            List.of("sv", "Avslutning", "Tack för att du hörde av dig. Du är välkommen tillbaka när som helst."),
            List.of("en", "Welcome", "Hello, and welcome to the chat. You are anonymous here, and you decide what you"
                    + " want to tell. What would you like to talk about?"),
            List.of("en", "Closing", "Thank you for getting in touch. You are welcome back any time, and you can also"
                    + " ask a question anonymously at /qa/ask."));

    void seed(@Observes @Priority(DatabaseStartup.PRIORITY + 20) StartupEvent start, ChatConfig config, Pool pool) {
        if (!config.seedSamples()) {
            return;
        }
        long existing = pool.query("SELECT count(*) AS replies FROM chat_canned_reply").execute()
                .map(rows -> rows.iterator().next().getLong("replies")).await().indefinitely();
        if (existing == 0) {
            pool.preparedQuery("INSERT INTO chat_canned_reply (id, title, text, language, updated_at)"
                    + " VALUES ($1, $2, $3, $4, now())")
                    .executeBatch(SAMPLES.stream().map(s -> Tuple.of(UUID.randomUUID(), s.get(1), s.get(2), s.get(0))).toList())
                    .await().indefinitely();
        }
    }
}
