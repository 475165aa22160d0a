package no.samtale.chat;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ChatPageTest {

    private static final Pattern TEXTS = Pattern.compile(
            "<script type=\"application/json\" id=\"chat-texts\">(.*?)</script>", Pattern.DOTALL);

    @Test
    void chatPageExplainsTheAnonymityAndLoadsTheChatScript() {
        given().get("/chat").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"nb\">"))
                .body(containsString("<h1>Chat med en rådgiver</h1>"))
                .body(containsString("Du trenger ikke oppgi navn"))
                .body(containsString("Samtalen slettes 30 dager etter at den er avsluttet"))
                .body(containsString("<div id=\"chat-app\" class=\"chat\" hidden>"))
                .body(containsString("<script type=\"module\" src=\"/console/assets/chat.js\"></script>"))
                .body(containsString("id=\"quick-exit\""));
    }

    @Test
    void withoutJavaScriptThePagePointsToTheAskForm() {
        String html = given().queryParam("lang", "en").get("/chat").then().statusCode(200).extract().asString();
        int start = html.indexOf("<noscript>");
        int end = html.indexOf("</noscript>");
        assertTrue(start >= 0 && end > start, "the page has no <noscript>");
        String noscript = html.substring(start, end);
        assertTrue(noscript.contains("The chat needs JavaScript"), noscript);
        assertTrue(noscript.contains("href=\"/qa/ask?lang=en\""), noscript);
    }

    @Test
    void theScriptGetsItsTextsInThePageLanguageAsData() throws Exception {
        Map<String, String> nb = texts(given().get("/chat").then().extract().asString());
        Map<String, String> sv = texts(given().queryParam("lang", "sv").get("/chat").then().extract().asString());
        assertEquals("Du er nummer {position} i køen. En rådgiver er med deg så snart som mulig.", nb.get("queued"));
        assertEquals("Du pratar nu med {name}.", sv.get("joined"));
        assertEquals(nb.keySet(), sv.keySet());
        assertFalse(nb.values().stream().anyMatch(String::isBlank));
    }

    @Test
    void pageLanguageFollowsTheBrowserWhenNoneIsChosen() {
        given().header("Accept-Language", "sv-SE,sv;q=0.9").get("/chat").then().statusCode(200)
                .body(containsString("<html lang=\"sv\">"))
                .body(containsString("Chatta med en rådgivare"));
    }

    @Test
    void pageHasNoInlineScriptOrStyle() {
        given().get("/chat").then()
                .body(not(containsString("<script>")))
                .body(not(containsString(" style=")))
                .body(not(containsString("onclick=")));
    }

    private static Map<String, String> texts(String html) throws Exception {
        Matcher matcher = TEXTS.matcher(html);
        assertTrue(matcher.find(), "no chat-texts data block");
        String json = matcher.group(1);
        assertFalse(json.contains("<"), "the data block must not contain '<'");
        return new ObjectMapper().readValue(json, new TypeReference<Map<String, String>>() {
        });
    }
}
