package techmatch.api.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import techmatch.api.service.ApiException;

/**
 * Admission to one pool of worker threads: blocking work (matching, indexing, database calls) runs there, never on the
 * event loop. At most {@code limit} tasks may be running or waiting; one more is refused at once with 429 and a
 * Retry-After, so overload shows as fast refusals instead of a queue whose latency grows without bound.
 */
final class WorkGate implements AutoCloseable {

  private final String name;
  private final WorkerExecutor executor;
  private final int limit;
  private final int retryAfterSeconds;
  private final AtomicInteger admitted = new AtomicInteger();
  private final Counter rejected;

  WorkGate(Vertx vertx, String name, int threads, int limit, int retryAfterSeconds, MeterRegistry registry) {
    if (threads < 1 || limit < threads) {
      throw new IllegalArgumentException(name + ": need 1 <= threads <= limit, not " + threads + " and " + limit);
    }
    this.name = name;
    this.executor = vertx.createSharedWorkerExecutor("techmatch-" + name, threads);
    this.limit = limit;
    this.retryAfterSeconds = retryAfterSeconds;
    Gauge.builder("techmatch_work_admitted", admitted, AtomicInteger::get)
        .description("tasks running or waiting for a worker thread").tags("pool", name).register(registry);
    this.rejected = Counter.builder("techmatch_work_rejected")
        .description("requests refused with 429 because the pool was full").tags("pool", name).register(registry);
  }

  /** Runs {@code task} on a worker thread, or fails at once with a 429 when the pool is full. */
  <T> Future<T> submit(Callable<T> task) {
    if (admitted.incrementAndGet() > limit) {
      admitted.decrementAndGet();
      rejected.increment();
      return Future.failedFuture(ApiException.busy("the server is busy (" + name + " pool full); retry in "
          + retryAfterSeconds + " s", retryAfterSeconds));
    }
    return executor.executeBlocking(task, false).andThen(ar -> finished());
  }

  private void finished() {
    if (admitted.decrementAndGet() == 0) {
      synchronized (this) {
        notifyAll();
      }
    }
  }

  /**
   * Waits until no admitted task is left or the deadline ({@link System#nanoTime()}) passes; returns whether the pool
   * is idle.
   */
  synchronized boolean awaitIdle(long deadlineNanos) throws InterruptedException {
    while (admitted.get() > 0) {
      long left = deadlineNanos - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return true;
  }

  /** Tasks admitted and not finished. */
  int inFlight() {
    return admitted.get();
  }

  @Override
  public void close() {
    executor.close();
  }
}
