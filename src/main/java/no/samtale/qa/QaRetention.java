package no.samtale.qa;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import no.samtale.privacy.RetentionPolicy;

/** Deletes (for real) unpublished questions after their retention: 90 days, rejected and withdrawn ones after 7. */
@ApplicationScoped
public class QaRetention implements RetentionPolicy {

    private final QaConfig config;

    QaRetention(QaConfig config) {
        this.config = config;
    }

    @Override
    public String subject() {
        return "questions";
    }

    @Override
    @WithTransaction
    public Uni<Long> deleteExpired() {
        OffsetDateTime now = OffsetDateTime.now();
        return Question.delete("status in ?1 and lastChangedAt < ?2",
                java.util.List.of(QuestionStatus.REJECTED, QuestionStatus.WITHDRAWN), now.minus(config.closedRetention()))
                .chain(closed -> Question.delete("status in ?1 and lastChangedAt < ?2",
                        java.util.List.of(QuestionStatus.RECEIVED, QuestionStatus.ACCEPTED, QuestionStatus.ANSWERED),
                        now.minus(config.unpublishedRetention())).map(open -> closed + open));
    }
}
