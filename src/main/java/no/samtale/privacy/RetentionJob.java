package no.samtale.privacy;

import org.jboss.logging.Logger;

import io.quarkus.arc.All;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Runs every feature's retention policy on a schedule (hourly by default). */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    private final java.util.List<RetentionPolicy> policies;

    RetentionJob(@All java.util.List<RetentionPolicy> policies) {
        this.policies = policies;
    }

    @Scheduled(every = "${samtale.retention-check-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return Multi.createFrom().iterable(policies)
                .onItem().transformToUniAndConcatenate(policy -> policy.deleteExpired().invoke(deleted -> {
                    if (deleted > 0) {
                        LOG.infof("Deleted %d %s past retention", deleted, policy.subject());
                    }
                }))
                .collect().last().replaceWithVoid();
    }
}
