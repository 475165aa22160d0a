package no.samtale.chat;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A frame a client sent, with readers that turn a wrong or missing field into {@code error bad-frame}. */
record Frame(String type, JsonNode body) {

    static final int MAX_TEXT = 4000;
    private static final int MAX_CLIENT_MSG_ID = 64;

    static Frame parse(ObjectMapper json, String text) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (Exception e) {
            throw badFrame("A frame is a JSON object with a \"type\".");
        }
        if (node == null || !node.isObject() || !node.path("type").isTextual()) {
            throw badFrame("A frame is a JSON object with a \"type\".");
        }
        return new Frame(node.get("type").asText(), node);
    }

    /** The clientMsgId or conversationId, if the frame had one, to name it in an error. */
    String ref() {
        JsonNode ref = body.has("clientMsgId") ? body.get("clientMsgId") : body.get("conversationId");
        return ref != null && ref.isTextual() && ref.asText().length() <= MAX_CLIENT_MSG_ID ? ref.asText() : null;
    }

    String clientMsgId() {
        String id = string("clientMsgId", true);
        if (id.isBlank() || id.length() > MAX_CLIENT_MSG_ID) {
            throw badFrame("\"clientMsgId\" is 1 to " + MAX_CLIENT_MSG_ID + " characters.");
        }
        return id;
    }

    String text() {
        String text = string("text", true);
        if (text.isBlank()) {
            throw badFrame("\"text\" is empty.");
        }
        if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            throw new ChatException("too-long", "A message is at most " + MAX_TEXT + " characters.");
        }
        return text;
    }

    UUID conversationId() {
        try {
            return UUID.fromString(string("conversationId", true));
        } catch (IllegalArgumentException e) {
            throw badFrame("\"conversationId\" is not a conversation id.");
        }
    }

    int afterSeq() {
        JsonNode value = body.get("afterSeq");
        if (value == null || value.isNull()) {
            return 0;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 0) {
            throw badFrame("\"afterSeq\" is a whole number, 0 or more.");
        }
        return value.asInt();
    }

    /** A string field; {@code null} when optional and absent. */
    String string(String field, boolean required) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw badFrame("\"" + field + "\" is missing.");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw badFrame("\"" + field + "\" must be a string.");
        }
        if (value.asText().indexOf('\u0000') >= 0) {
            throw badFrame("\"" + field + "\" holds a NUL character.");
        }
        return value.asText();
    }

    static ChatException badFrame(String message) {
        return new ChatException("bad-frame", message);
    }
}
