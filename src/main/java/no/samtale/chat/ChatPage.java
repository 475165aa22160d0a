package no.samtale.chat;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import no.samtale.web.PageContext;
import no.samtale.web.Pages;

/**
 * The visitor's chat page: a server-rendered shell that explains the chat, and the script that runs it
 * ({@code /console/assets/chat.js}, built from {@code frontend/src/chat}). Without JavaScript the page points to
 * the ask form instead. The script gets its texts from a JSON data block, since the CSP allows no inline script.
 */
@Path("/chat")
public class ChatPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance chat(PageContext page, String scriptTexts);
    }

    private final Pages pages;
    private final ObjectMapper json;

    ChatPage(Pages pages, ObjectMapper json) {
        this.pages = pages;
        this.json = json;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Uni<String> chat(@QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        PageContext page = pages.context("/chat", lang, accept);
        return pages.render(Templates.chat(page, scriptTexts(page)), page);
    }

    /**
     * The texts the script shows, keyed as the script reads them ({@code frontend/src/chat/texts.ts}). Placeholders
     * such as {position} are left for the script. Escaped so that no text can close the script element.
     */
    private String scriptTexts(PageContext page) {
        ChatMessages text = MessageBundles.get(ChatMessages.class, Localized.Literal.of(page.lang().code()));
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("checking", text.checking());
        texts.put("statusOpen", text.status_open());
        texts.put("statusWaiting", text.status_waiting("{count}"));
        texts.put("statusOpens", text.status_opens("{when}"));
        texts.put("statusNoCounsellor", text.status_no_counsellor());
        texts.put("statusFailed", text.status_failed());
        texts.put("connecting", text.connecting());
        texts.put("resuming", text.resuming());
        texts.put("queued", text.queued("{position}"));
        texts.put("queuedNext", text.queued_next());
        texts.put("joined", text.joined("{name}"));
        texts.put("you", text.you());
        texts.put("counsellor", text.counsellor());
        texts.put("typing", text.typing("{name}"));
        texts.put("sending", text.sending());
        texts.put("notSent", text.not_sent());
        texts.put("retry", text.retry());
        texts.put("reconnecting", text.reconnecting());
        texts.put("endedByVisitor", text.ended_by_visitor());
        texts.put("endedByCounsellor", text.ended_by_counsellor());
        texts.put("endedByTimeout", text.ended_by_timeout());
        texts.put("endedNote", text.ended_note());
        texts.put("erased", text.erased());
        texts.put("eraseFailed", text.erase_failed());
        texts.put("errorTooLong", text.error_too_long());
        texts.put("errorRateLimited", text.error_rate_limited());
        texts.put("errorUnavailable", text.error_unavailable());
        texts.put("errorClosed", text.error_closed());
        texts.put("errorEnded", text.error_ended());
        texts.put("errorOther", text.error_other());
        try {
            return json.writeValueAsString(texts)
                    .replace("<", "\\u003c")
                    .replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chat texts cannot be written as JSON", e);
        }
    }
}
