package no.samtale.qa;

import java.time.OffsetDateTime;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Deletes (for real) unpublished questions after their retention: 90 days, rejected and withdrawn ones after 7. */
@ApplicationScoped
public class QaRetention {

    private static final Logger LOG = Logger.getLogger(QaRetention.class);

    private final QaConfig config;

    QaRetention(QaConfig config) {
        this.config = config;
    }

    @Scheduled(every = "${samtale.retention-check-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return deleteExpired().invoke(deleted -> {
            if (deleted > 0) {
                LOG.infof("Deleted %d questions past retention", deleted);
            }
        }).replaceWithVoid();
    }

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
