package no.samtale.chat;

/** A chat request the server refuses; it becomes an {@code error {code, message}} frame or a problem body. */
public class ChatException extends RuntimeException {

    private final String code;

    public ChatException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }

    static ChatException notYours() {
        return new ChatException("not-yours", "That conversation is not yours.");
    }

    static ChatException noConversation() {
        return new ChatException("no-conversation", "There is no such conversation.");
    }

    static ChatException ended() {
        return new ChatException("ended", "The conversation has ended.");
    }

    static ChatException unavailable() {
        return new ChatException("unavailable", "The message could not be stored just now; nothing was saved. Send it again.");
    }
}
