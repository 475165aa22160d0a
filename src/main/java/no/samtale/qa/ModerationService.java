package no.samtale.qa;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import no.samtale.common.ProblemException;
import no.samtale.identity.Actor;
import no.samtale.identity.AuditLog;
import no.samtale.qa.QuestionViews.ForStaff;

/**
 * The staff side of a question: moderators screen, redact, accept or reject, publish and unpublish; counsellors
 * answer. Nothing is published before a moderator has seen it, and every step is audited.
 */
@ApplicationScoped
public class ModerationService {

    private static final String SUBJECT = "question";

    private final PersonalDataDetector detector;
    private final AnswerRenderer renderer;
    private final AuditLog audit;
    private final QaConfig config;
    private final ArchiveService archive;

    ModerationService(PersonalDataDetector detector, AnswerRenderer renderer, AuditLog audit, QaConfig config,
            ArchiveService archive) {
        this.archive = archive;
        this.detector = detector;
        this.renderer = renderer;
        this.audit = audit;
        this.config = config;
    }

    /** The queue: oldest first, so nobody waits longest. */
    @WithSession
    public Uni<List<ForStaff>> list(QuestionStatus status) {
        return Question.<Question>list("status", Sort.by("lastChangedAt"), status)
                .map(all -> all.stream().map(q -> ForStaff.of(q, detector)).toList());
    }

    /** Published answers older than the review age, oldest first. */
    @WithSession
    public Uni<List<ForStaff>> dueForReview() {
        return Question.<Question>list("status = ?1 and answeredAt < ?2", Sort.by("answeredAt"), QuestionStatus.PUBLISHED,
                OffsetDateTime.now().minus(config.answerReviewAge()))
                .map(all -> all.stream().map(q -> ForStaff.of(q, detector)).toList());
    }

    @WithSession
    public Uni<ForStaff> get(UUID id) {
        return existing(id, LockModeType.NONE).map(q -> ForStaff.of(q, detector));
    }

    /** Redaction: only the edited text is kept. */
    @WithTransaction
    public Uni<ForStaff> edit(UUID id, QuestionRequests.Edit edit, Actor actor) {
        return archive.categories().invoke(all -> Categories.require(all, edit.category())).chain(() -> change(id, actor, "question.edit", null, q -> {
            if (!q.status.editable()) {
                throw ProblemException.conflict("A question that is " + q.status.wire() + " cannot be edited");
            }
            q.redacted |= !q.title.equals(edit.title().strip()) || !q.body.equals(edit.body().strip());
            q.title = edit.title().strip();
            q.body = edit.body().strip();
            q.category = edit.category();
            q.touch();
        }));
    }

    @WithTransaction
    public Uni<ForStaff> accept(UUID id, Actor actor) {
        return change(id, actor, "question.accept", null, q -> q.moveTo(QuestionStatus.ACCEPTED));
    }

    @WithTransaction
    public Uni<ForStaff> reject(UUID id, String reason, Actor actor) {
        return change(id, actor, "question.reject", null, q -> {
            q.moveTo(QuestionStatus.REJECTED);
            q.rejectReason = reason.strip();
        });
    }

    @WithTransaction
    public Uni<ForStaff> answer(UUID id, String markdown, Actor actor) {
        return change(id, actor, "question.answer", null, q -> {
            if (q.status == QuestionStatus.PUBLISHED) {
                throw ProblemException.conflict("Unpublish the question before changing its answer");
            }
            q.moveTo(QuestionStatus.ANSWERED);
            AnswerRenderer.Rendered rendered = renderer.render(markdown);
            q.answerMarkdown = markdown;
            q.answerHtml = rendered.html();
            q.answerText = rendered.text();
            q.answeredAt = OffsetDateTime.now();
        });
    }

    public QuestionViews.Preview preview(String markdown) {
        return new QuestionViews.Preview(renderer.render(markdown).html());
    }

    @WithTransaction
    public Uni<ForStaff> publish(UUID id, Actor actor) {
        return change(id, actor, "question.publish", null, q -> {
            if (!q.publishConsent) {
                throw ProblemException.conflict("The asker did not consent to publishing; the answer stays private");
            }
            q.moveTo(QuestionStatus.PUBLISHED);
            if (q.slug == null) {
                q.slug = Slugs.of(q.title, q.id);
            }
            q.publishedAt = OffsetDateTime.now();
        }).call(archive::forgetCachedPages);
    }

    @WithTransaction
    public Uni<ForStaff> unpublish(UUID id, Actor actor) {
        return change(id, actor, "question.unpublish", null, q -> {
            if (q.status != QuestionStatus.PUBLISHED) {
                throw ProblemException.conflict("Only a published question can be unpublished");
            }
            q.moveTo(QuestionStatus.ANSWERED);
            q.publishedAt = null;
        }).call(archive::forgetCachedPages);
    }

    private Uni<ForStaff> change(UUID id, Actor actor, String action, String detail, java.util.function.Consumer<Question> change) {
        return existing(id, LockModeType.PESSIMISTIC_WRITE)
                .invoke(q -> {
                    try {
                        change.accept(q);
                    } catch (Question.IllegalStateTransition e) {
                        throw ProblemException.conflict(e.getMessage());
                    }
                })
                .call(q -> audit.record(actor, action, SUBJECT, id.toString(), detail))
                .map(q -> ForStaff.of(q, detector));
    }

    private static Uni<Question> existing(UUID id, LockModeType lock) {
        return Question.<Question>findById(id, lock).onItem().ifNull().failWith(() -> ProblemException.notFound("No such question"));
    }
}
