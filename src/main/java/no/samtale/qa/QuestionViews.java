package no.samtale.qa;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the question endpoints show, to the asker, to staff and to everyone. */
public final class QuestionViews {

    private QuestionViews() {
    }

    /** Shown once, when the question is sent: the receipt is never stored in the clear. */
    public record Received(String receipt, QuestionStatus status) {
    }

    public record AnswerView(String html, OffsetDateTime answeredAt) {
    }

    /** What the holder of a receipt sees; the answer appears once there is one, published or not. */
    public record ForAsker(QuestionStatus status, String title, String body, String category, String language,
            boolean publishConsent, String rejectReason, AnswerView answer, String slug) {
        static ForAsker of(Question q) {
            boolean answered = q.status == QuestionStatus.ANSWERED || q.status == QuestionStatus.PUBLISHED;
            return new ForAsker(q.status, q.title, q.body, q.category, q.language, q.publishConsent,
                    q.status == QuestionStatus.REJECTED ? q.rejectReason : null,
                    answered ? new AnswerView(q.answerHtml, q.answeredAt) : null,
                    q.status == QuestionStatus.PUBLISHED ? q.slug : null);
        }
    }

    /** What moderators and counsellors see, with the spans of personal data the detector found. */
    public record ForStaff(UUID id, QuestionStatus status, String title, String body, String category, String language,
            boolean publishConsent, boolean redacted, String rejectReason, String answerMarkdown, String answerHtml,
            OffsetDateTime answeredAt, OffsetDateTime publishedAt, String slug, OffsetDateTime lastChangedAt,
            List<PersonalDataFinding> titleFindings, List<PersonalDataFinding> bodyFindings) {
        static ForStaff of(Question q, PersonalDataDetector detector) {
            return new ForStaff(q.id, q.status, q.title, q.body, q.category, q.language, q.publishConsent, q.redacted,
                    q.rejectReason, q.answerMarkdown, q.answerHtml, q.answeredAt, q.publishedAt, q.slug, q.lastChangedAt,
                    detector.find(q.title), detector.find(q.body));
        }
    }

    public record Preview(String html) {
    }
}
