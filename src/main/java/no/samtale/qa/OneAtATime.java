package no.samtale.qa;

import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;

/**
 * Runs asynchronous tasks one after another, in the order they came: background work that must not take more than
 * one database connection's share of the machine, however many tasks fall due at once.
 */
final class OneAtATime {

    private final Queue<Runnable> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean();

    <T> CompletableFuture<T> submit(Supplier<Uni<T>> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        waiting.add(() -> {
            Uni<T> work;
            try {
                work = task.get();
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
                finished();
                return;
            }
            work.subscribe().with(value -> {
                result.complete(value);
                finished();
            }, failure -> {
                result.completeExceptionally(failure);
                finished();
            });
        });
        startNext();
        return result;
    }

    private void finished() {
        running.set(false);
        startNext();
    }

    private void startNext() {
        // Only the caller that sets running takes a task, so the queue has one consumer at a time.
        while (!waiting.isEmpty() && running.compareAndSet(false, true)) {
            Runnable next = waiting.poll();
            if (next != null) {
                next.run();
                return;
            }
            running.set(false);
        }
    }
}
