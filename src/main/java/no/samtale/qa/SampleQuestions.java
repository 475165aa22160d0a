package no.samtale.qa;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import no.samtale.common.DatabaseStartup;
import no.samtale.identity.CodeHasher;

/** In the dev profile, a few dozen published sample questions with answers, so that a new user sees a living archive. */
@ApplicationScoped
public class SampleQuestions {

    private static final Logger LOG = Logger.getLogger(SampleQuestions.class);
    private static final String RESOURCE = "dev/qa-samples.json";

    record Sample(String title, String body, String category, String language, String answer, int daysAgo) {
    }

    private final QaConfig config;
    private final AnswerRenderer renderer;
    private final CodeHasher hasher;
    private final ObjectMapper json;

    SampleQuestions(QaConfig config, AnswerRenderer renderer, CodeHasher hasher, ObjectMapper json) {
        this.config = config;
        this.renderer = renderer;
        this.hasher = hasher;
        this.json = json;
    }

    void onStart(@Observes @Priority(DatabaseStartup.PRIORITY + 30) StartupEvent event) throws Throwable {
        if (config.seedSamples()) {
            List<Sample> samples = read();
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Question.count().chain(count -> count > 0
                    ? Uni.createFrom().voidItem()
                    : Panache.getSession().chain(session -> session.persistAll(samples.stream().map(this::question).toArray()))
                            .invoke(() -> LOG.infof("Published %d sample questions with answers", samples.size())))));
        }
    }

    private Question question(Sample sample) {
        Question q = new Question();
        q.id = UUID.randomUUID();
        // A receipt nobody holds: sample entries have no asker.
        q.receiptHash = hasher.issue().hash();
        q.title = sample.title();
        q.body = sample.body();
        q.category = sample.category();
        q.language = sample.language();
        q.publishConsent = true;
        AnswerRenderer.Rendered rendered = renderer.render(sample.answer());
        q.answerMarkdown = sample.answer();
        q.answerHtml = rendered.html();
        q.answerText = rendered.text();
        q.answeredAt = OffsetDateTime.now().minusDays(sample.daysAgo()).minusHours(3);
        q.publishedAt = q.answeredAt.plusHours(2);
        q.status = QuestionStatus.PUBLISHED;
        q.slug = Slugs.of(sample.title(), q.id);
        q.lastChangedAt = q.publishedAt;
        return q;
    }

    private List<Sample> read() throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                LOG.warnf("No %s on the class path; no sample questions", RESOURCE);
                return List.of();
            }
            return json.readValue(in, new TypeReference<List<Sample>>() {
            });
        }
    }
}
