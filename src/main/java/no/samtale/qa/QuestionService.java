package no.samtale.qa;

import java.time.Duration;
import java.util.UUID;

import io.github.bucket4j.Bucket;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import no.samtale.common.ProblemException;
import no.samtale.common.RateLimits;
import no.samtale.identity.CodeHasher;
import no.samtale.qa.QuestionViews.ForAsker;
import no.samtale.qa.QuestionViews.Received;

/** What an anonymous asker does: send a question, and with the receipt see its status and answer, or withdraw it. */
@ApplicationScoped
public class QuestionService {

    private final CodeHasher hasher;
    private final ArchiveService archive;
    private final Bucket questions;
    private final Bucket lookups;

    QuestionService(CodeHasher hasher, QaConfig config, ArchiveService archive) {
        this.hasher = hasher;
        this.archive = archive;
        this.questions = RateLimits.perSecond(config.questionsPerSecond());
        this.lookups = RateLimits.perSecond(config.lookupsPerSecond());
    }

    @WithTransaction
    public Uni<Received> ask(QuestionRequests.Ask request) {
        if (!questions.tryConsume(1)) {
            return Uni.createFrom().failure(ProblemException.tooManyRequests(
                    "Many questions are arriving right now; try again in a moment", Duration.ofSeconds(1)));
        }
        return archive.categories().invoke(all -> Categories.require(all, request.category())).chain(() -> {
            CodeHasher.IssuedCode receipt = hasher.issue();
            Question question = new Question();
            question.id = UUID.randomUUID();
            question.receiptHash = receipt.hash();
            question.title = request.title().strip();
            question.body = request.body().strip();
            question.category = request.category();
            question.language = request.language();
            question.publishConsent = request.publishConsent();
            question.touch();
            return question.persist().map(ignored -> new Received(receipt.code(), question.status));
        });
    }

    @WithSession
    public Uni<ForAsker> lookup(String receipt) {
        return byReceipt(receipt, LockModeType.NONE).map(ForAsker::of);
    }

    /** The asker takes the question back; it is no longer answered or published, and retention removes it soon. */
    @WithTransaction
    public Uni<Void> withdraw(String receipt) {
        return byReceipt(receipt, LockModeType.PESSIMISTIC_WRITE).invoke(question -> {
            if (!question.status.canMoveTo(QuestionStatus.WITHDRAWN)) {
                throw ProblemException.conflict("A question that is " + question.status.wire() + " cannot be withdrawn");
            }
            question.moveTo(QuestionStatus.WITHDRAWN);
        }).call(archive::forgetCachedPages).replaceWithVoid();
    }

    private Uni<Question> byReceipt(String receipt, LockModeType lock) {
        if (!lookups.tryConsume(1)) {
            return Uni.createFrom().failure(ProblemException.tooManyRequests("Too many look-ups right now; try again shortly",
                    Duration.ofSeconds(1)));
        }
        return hasher.hashOfTyped(receipt)
                .map(hash -> Question.<Question>find("receiptHash", (Object) hash).withLock(lock)
                        .firstResult()
                        .onItem().ifNull().failWith(() -> ProblemException.notFound("No question has that receipt")))
                .orElseGet(() -> Uni.createFrom().failure(
                        ProblemException.badRequest("That is not a receipt code (16 letters and digits)")));
    }

}
