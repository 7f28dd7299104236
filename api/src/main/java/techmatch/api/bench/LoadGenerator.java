package techmatch.api.bench;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * A closed-loop HTTP load generator on a Vert.x WebClient: {@code concurrency} clients each send the next request as
 * soon as the previous answer arrived, for a warm-up and then a measured period. Latency is from send to the full
 * answer; a request counts as an error unless it answers 200.
 */
public final class LoadGenerator implements AutoCloseable {

  /** One request: method, path (with query) and body (null for none). */
  public record Call(HttpMethod method, String path, String body) {}

  /** What one measured period gave. */
  public record Result(String name, int concurrency, int requests, int errors, int busy, double seconds,
      long[] latenciesNanos) {

    public double throughput() {
      return requests / seconds;
    }

    /** The q-quantile (0..1) of latency in milliseconds, nearest rank. */
    public double percentileMillis(double q) {
      if (latenciesNanos.length == 0) {
        return Double.NaN;
      }
      long[] sorted = latenciesNanos.clone();
      Arrays.sort(sorted);
      int rank = (int) Math.ceil(q * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
    }

    public double meanMillis() {
      return Arrays.stream(latenciesNanos).average().orElse(Double.NaN) / 1e6;
    }
  }

  private final Vertx vertx;
  private final WebClient client;
  private final String apiKey;

  public LoadGenerator(String baseUrl, String apiKey) {
    URI uri = URI.create(baseUrl);
    this.vertx = Vertx.vertx();
    this.client = WebClient.create(vertx, new WebClientOptions().setDefaultHost(uri.getHost())
        .setDefaultPort(uri.getPort()).setKeepAlive(true).setTcpNoDelay(true),
        new PoolOptions().setHttp1MaxSize(256));
    this.apiKey = apiKey;
  }

  /**
   * Runs {@code calls} (the n-th request of the run is {@code calls.apply(n)}) with {@code concurrency} clients:
   * {@code warmupSeconds} unmeasured, then {@code seconds} measured.
   */
  public Result run(String name, int concurrency, double warmupSeconds, double seconds, LongFunction<Call> calls)
      throws Exception {
    AtomicLong counter = new AtomicLong();
    long start = System.nanoTime();
    long measureFrom = start + (long) (warmupSeconds * 1e9);
    long end = measureFrom + (long) (seconds * 1e9);
    List<long[]> perClient = new ArrayList<>();
    int[] errors = new int[concurrency];
    int[] busy = new int[concurrency];
    int[] counts = new int[concurrency];
    List<Future<Void>> clients = new ArrayList<>();
    for (int c = 0; c < concurrency; c++) {
      long[] latencies = new long[1 << 12];
      perClient.add(latencies);
      int index = c;
      Promise<Void> done = Promise.promise();
      clients.add(done.future());
      vertx.runOnContext(v -> loop(index, calls, counter, measureFrom, end, perClient, counts, errors, busy, done));
    }
    Future.all(clients).toCompletionStage().toCompletableFuture().get((long) (warmupSeconds + seconds + 300),
        TimeUnit.SECONDS);
    int total = Arrays.stream(counts).sum();
    long[] all = new long[total];
    int at = 0;
    for (int c = 0; c < concurrency; c++) {
      System.arraycopy(perClient.get(c), 0, all, at, counts[c]);
      at += counts[c];
    }
    return new Result(name, concurrency, total, Arrays.stream(errors).sum(), Arrays.stream(busy).sum(), seconds, all);
  }

  /** Sends each call once, one after another (priming a cache); returns how many answered 200. */
  public int sendEach(List<Call> calls) throws Exception {
    int ok = 0;
    for (Call call : calls) {
      HttpRequest<Buffer> r = client.request(call.method(), call.path()).putHeader("X-API-Key", apiKey);
      Future<HttpResponse<Buffer>> f = call.body() == null ? r.send()
          : r.putHeader("Content-Type", "application/json").sendBuffer(Buffer.buffer(call.body(), "UTF-8"));
      if (f.toCompletionStage().toCompletableFuture().get(300, TimeUnit.SECONDS).statusCode() == 200) {
        ok++;
      }
    }
    return ok;
  }

  private void loop(int c, LongFunction<Call> calls, AtomicLong counter, long measureFrom, long end,
      List<long[]> perClient, int[] counts, int[] errors, int[] busy, Promise<Void> done) {
    long sent = System.nanoTime();
    if (sent >= end) {
      done.complete();
      return;
    }
    Call call = calls.apply(counter.getAndIncrement());
    HttpRequest<Buffer> r = client.request(call.method(), call.path()).putHeader("X-API-Key", apiKey);
    Future<HttpResponse<Buffer>> f = call.body() == null ? r.send()
        : r.putHeader("Content-Type", "application/json").sendBuffer(Buffer.buffer(call.body(), "UTF-8"));
    f.onComplete(ar -> {
      long now = System.nanoTime();
      if (sent >= measureFrom && now <= end) {
        if (ar.failed() || ar.result().statusCode() != 200) {
          errors[c]++;
          if (ar.succeeded() && ar.result().statusCode() == 429) {
            busy[c]++;
          }
        }
        long[] latencies = perClient.get(c);
        if (counts[c] == latencies.length) {
          latencies = Arrays.copyOf(latencies, latencies.length * 2);
          perClient.set(c, latencies);
        }
        latencies[counts[c]++] = now - sent;
      }
      loop(c, calls, counter, measureFrom, end, perClient, counts, errors, busy, done);
    });
  }

  @Override
  public void close() throws Exception {
    client.close();
    vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }
}
