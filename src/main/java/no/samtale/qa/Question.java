package no.samtale.qa;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An anonymous question and its answer. The search vector is kept by a database trigger. */
@Entity
@Table(name = "question")
public class Question extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "receipt_hash")
    public byte[] receiptHash;

    public QuestionStatus status = QuestionStatus.RECEIVED;

    public String title;

    public String body;

    public String category;

    public String language;

    @Column(name = "publish_consent")
    public boolean publishConsent;

    public boolean redacted;

    @Column(name = "reject_reason")
    public String rejectReason;

    @Column(name = "answer_markdown")
    public String answerMarkdown;

    @Column(name = "answer_html")
    public String answerHtml;

    @Column(name = "answer_text")
    public String answerText;

    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    public String slug;

    @Column(name = "last_changed_at")
    public OffsetDateTime lastChangedAt;

    void moveTo(QuestionStatus next) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateTransition(status, next);
        }
        status = next;
        touch();
    }

    void touch() {
        lastChangedAt = OffsetDateTime.now();
    }

    /** A move the state machine does not allow; answered as 409. */
    static final class IllegalStateTransition extends RuntimeException {
        IllegalStateTransition(QuestionStatus from, QuestionStatus to) {
            super("A question that is " + from.wire() + " cannot become " + to.wire(), null, false, false);
        }
    }
}
