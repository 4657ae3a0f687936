package dev.carriercontracts.mock.faults;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one scheduler behind injected latency: a delayed answer holds no request thread while it
 * waits, only a timer entry. Created lazily on the first delay, so a server without latency faults
 * never starts its thread.
 */
public final class FaultScheduler implements AutoCloseable {

    private final Executor continuation;
    private ScheduledThreadPoolExecutor timer;
    private boolean closed;

    /** @param continuation where the rest of a delayed call runs (the server's request threads) */
    public FaultScheduler(Executor continuation) {
        this.continuation = continuation;
    }

    /** Completes after {@code delay}, on the continuation executor. */
    public CompletableFuture<Void> after(Duration delay) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        timer().schedule(() -> continuation.execute(() -> done.complete(null)), delay.toNanos(), TimeUnit.NANOSECONDS);
        return done;
    }

    private synchronized ScheduledExecutorService timer() {
        if (closed) {
            throw new IllegalStateException("the server is stopped");
        }
        if (timer == null) {
            timer = new ScheduledThreadPoolExecutor(1, runnable -> {
                Thread thread = new Thread(runnable, "mock-fault-timer");
                thread.setDaemon(true);
                return thread;
            });
            timer.setRemoveOnCancelPolicy(true);
        }
        return timer;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
