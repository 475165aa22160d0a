package no.samtale.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;

class OneAtATimeTest {

    private final OneAtATime lane = new OneAtATime();
    private final List<String> started = new ArrayList<>();

    private CompletableFuture<String> task(String name, CompletableFuture<String> finish) {
        return lane.submit(() -> {
            started.add(name);
            return Uni.createFrom().completionStage(finish);
        });
    }

    @Test
    void aTaskStartsOnlyWhenTheOneBeforeHasFinished() {
        CompletableFuture<String> firstDone = new CompletableFuture<>();
        CompletableFuture<String> secondDone = new CompletableFuture<>();
        CompletableFuture<String> first = task("first", firstDone);
        CompletableFuture<String> second = task("second", secondDone);
        CompletableFuture<String> third = task("third", CompletableFuture.completedFuture("3"));
        assertEquals(List.of("first"), started);

        firstDone.complete("1");
        assertEquals("1", first.join());
        assertEquals(List.of("first", "second"), started);

        secondDone.completeExceptionally(new IllegalStateException("refused"));
        assertTrue(second.isCompletedExceptionally());
        assertEquals(List.of("first", "second", "third"), started, "a failure does not hold up the queue");
        assertEquals("3", third.join());
    }

    @Test
    void aTaskThatThrowsBeforeItStartsFailsAloneAndTheNextRuns() {
        CompletableFuture<String> broken = lane.submit(() -> {
            throw new IllegalArgumentException("no such page");
        });
        CompletableFuture<String> next = task("next", CompletableFuture.completedFuture("ok"));
        assertTrue(broken.isCompletedExceptionally());
        assertEquals("ok", next.join());
    }
}
