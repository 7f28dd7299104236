package techmatch.index.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Stream;
import techmatch.index.HybridIndex;
import techmatch.index.IndexDocument;
import techmatch.index.IndexSchema;
import techmatch.index.OpenOptions;
import techmatch.index.SearchFilter;
import techmatch.index.VectorFormat;
import techmatch.index.VectorHit;
import techmatch.index.VectorSearchOptions;

/**
 * Indexes n clustered unit vectors through {@link HybridIndex} in float32 and int8, force-merges, and measures
 * indexing rate, disk, memory, single-threaded kNN latency and recall@k against brute force.
 *
 * <pre>
 * java -Xmx4g -cp "$(cat index/target/classpath.txt):index/target/classes" techmatch.index.bench.VectorBench \
 *     --n 100000 --formats float32,int8 --fanouts 1,2,4,8
 * </pre>
 */
public final class VectorBench {

  record Config(int n, int dims, int clusters, double noise, int queries, int k, List<VectorFormat.Encoding> formats,
      int maxConn, int beamWidth, int[] fanouts, Path dir, int batch, double ramMb, long seed, boolean keep, boolean skipBuild, boolean truthOnly, int threads, int indexThreads, int mergeThreads) {}

  record QueryRow(String format, int fanout, boolean rerank, double recall, double p50, double p99, double mean) {}

  public static void main(String[] args) throws IOException {
    Config c = parse(args);
    System.out.printf(Locale.ROOT, "# VectorBench n=%d dims=%d clusters=%d noise=%.2f queries=%d k=%d M=%d beamWidth=%d batch=%d"
        + " index-threads=%d merge-threads=%d ram-mb=%.0f%n",
        c.n, c.dims, c.clusters, c.noise, c.queries, c.k, c.maxConn, c.beamWidth, c.batch, c.indexThreads, c.mergeThreads, c.ramMb);
    System.out.println("# java " + System.getProperty("java.version") + ", max heap "
        + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB, " + Runtime.getRuntime().availableProcessors() + " cpus, load " + load());
    ClusteredVectors gen = ClusteredVectors.create(c.dims, c.clusters, c.noise, c.seed);
    float[][] queries = new float[c.queries][];
    for (int q = 0; q < c.queries; q++) {
      queries[q] = gen.vector((long) c.n + q);
    }
    int[][] truth = cachedGroundTruth(c, gen, queries);
    if (c.truthOnly) {
      return;
    }

    List<String> buildRows = new ArrayList<>();
    List<QueryRow> queryRows = new ArrayList<>();
    for (VectorFormat.Encoding enc : c.formats) {
      runFormat(c, gen, queries, truth, enc, buildRows, queryRows);
    }

    System.out.println();
    System.out.println("| format | docs | index docs/s | force-merge s | disk MB | vector hot set MB (mmap) | heap used after GC MB | load |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    buildRows.forEach(System.out::println);
    System.out.println();
    System.out.println("| format | fanout (k'=k×fanout) | exact rerank | recall@" + c.k + " | p50 ms | p99 ms | mean ms |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (QueryRow r : queryRows) {
      System.out.printf(Locale.ROOT, "| %s | %d | %s | %.4f | %.3f | %.3f | %.3f |%n",
          r.format, r.fanout, r.rerank ? "yes" : "no", r.recall, r.p50, r.p99, r.mean);
    }
    System.out.println("# load at end " + load());
  }

  private static void runFormat(Config c, ClusteredVectors gen, float[][] queries, int[][] truth,
      VectorFormat.Encoding enc, List<String> buildRows, List<QueryRow> queryRows) throws IOException {
    Path dir = c.dir.resolve(enc.name().toLowerCase(Locale.ROOT) + "-" + c.n);
    IndexSchema schema = IndexSchema.builder()
        .vector("vec", c.dims, "bench-clustered-" + c.seed, new VectorFormat(enc, c.maxConn, c.beamWidth))
        .build();
    double indexSeconds = Double.NaN;
    double mergeSeconds = Double.NaN;
    if (!c.skipBuild) {
      deleteRecursively(dir);
      OpenOptions build = OpenOptions.defaults().withVerifyChecksums(false).withRamBufferMb(c.ramMb)
          .withHnswMergeThreads(c.mergeThreads);
      long t0 = System.nanoTime();
      java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
      try (HybridIndex index = HybridIndex.open(dir, schema, build)) {
        // each indexing thread feeds its own slice in batches; concurrent batches share commits
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < c.indexThreads; t++) {
          int sliceFrom = (int) ((long) c.n * t / c.indexThreads);
          int sliceTo = (int) ((long) c.n * (t + 1) / c.indexThreads);
          Thread thread = new Thread(() -> {
            try {
              for (int from = sliceFrom; from < sliceTo; from += c.batch) {
                index.upsertAll(new Generated(gen, from, Math.min(sliceTo, from + c.batch), t0, c.n, done));
              }
            } catch (IOException | RuntimeException e) {
              failures.add(e);
            }
          });
          thread.start();
          threads.add(thread);
        }
        for (Thread thread : threads) {
          try {
            thread.join();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
          }
        }
        if (!failures.isEmpty()) {
          throw new IOException("indexing failed", failures.get(0));
        }
      }
      indexSeconds = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "# %s: indexed %d in %.1f s (%.0f docs/s, load %s)%n", enc, c.n, indexSeconds, c.n / indexSeconds, load());
      long t1 = System.nanoTime();
      try (HybridIndex index = HybridIndex.open(dir, schema, build)) {
        index.forceMerge(1); // one graph per index, as the service would run after a bulk import
      }
      mergeSeconds = (System.nanoTime() - t1) / 1e9;
      System.out.printf(Locale.ROOT, "# %s: force-merged in %.1f s (load %s)%n", enc, mergeSeconds, load());
    }

    Map<String, Long> bytesByExt = bytesByExtension(dir);
    long disk = bytesByExt.values().stream().mapToLong(Long::longValue).sum();
    // What a search touches: the graph plus the vectors it compares (quantized bytes for INT8, raw floats otherwise).
    long hot = bytesByExt.getOrDefault("vex", 0L)
        + (enc == VectorFormat.Encoding.FLOAT32 ? bytesByExt.getOrDefault("vec", 0L) : bytesByExt.getOrDefault("veq", 0L));
    System.out.println("# " + enc + " files by extension (MB): " + mb(bytesByExt));

    try (HybridIndex index = HybridIndex.open(dir, schema, OpenOptions.defaults().withVerifyChecksums(false))) {
      boolean[] reranks = enc == VectorFormat.Encoding.FLOAT32 ? new boolean[] {false} : new boolean[] {false, true};
      // warm-up: JIT and page cache
      for (int rep = 0; rep < 3; rep++) {
        for (float[] q : queries) {
          index.searchVector(q, c.k, SearchFilter.none(), new VectorSearchOptions(c.fanouts[c.fanouts.length - 1], true));
        }
      }
      System.gc();
      long heap = usedHeap();
      String loadNow = load();
      buildRows.add(String.format(Locale.ROOT, "| %s (M=%d, beam=%d) | %d | %.0f | %.1f | %.1f | %.1f | %.1f | %s |",
          enc, c.maxConn, c.beamWidth, c.n, c.n / indexSeconds, mergeSeconds, disk / 1048576.0, hot / 1048576.0,
          heap / 1048576.0, loadNow));
      for (boolean rerank : reranks) {
        for (int fanout : c.fanouts) {
          queryRows.add(measure(index, queries, truth, c.k, enc.name(), fanout, rerank));
        }
      }
    }
    if (!c.keep) {
      deleteRecursively(dir);
    }
  }

  private static QueryRow measure(HybridIndex index, float[][] queries, int[][] truth, int k, String format,
      int fanout, boolean rerank) throws IOException {
    VectorSearchOptions opts = new VectorSearchOptions(fanout, rerank);
    double[] ms = new double[queries.length];
    long found = 0;
    for (int q = 0; q < queries.length; q++) {
      long t = System.nanoTime();
      List<VectorHit> hits = index.searchVector(queries[q], k, SearchFilter.none(), opts);
      ms[q] = (System.nanoTime() - t) / 1e6;
      Set<String> expected = new HashSet<>();
      for (int d : truth[q]) {
        expected.add("d" + d);
      }
      for (VectorHit h : hits) {
        if (expected.contains(h.id())) {
          found++;
        }
      }
    }
    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    double recall = found / (double) ((long) queries.length * k);
    QueryRow row = new QueryRow(format, fanout, rerank, recall, percentile(sorted, 0.50), percentile(sorted, 0.99),
        Arrays.stream(ms).average().orElse(0));
    System.out.printf(Locale.ROOT, "# %s fanout=%d rerank=%s recall=%.4f p50=%.3f p99=%.3f ms%n",
        format, fanout, rerank, recall, row.p50, row.p99);
    return row;
  }

  private static double percentile(double[] sorted, double p) {
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  /** Brute force is the slowest step at 1M, so its result is kept beside the indexes and reused by later runs. */
  private static int[][] cachedGroundTruth(Config c, ClusteredVectors gen, float[][] queries) throws IOException {
    Path file = c.dir.resolve(String.format(Locale.ROOT, "truth-n%d-d%d-c%d-noise%.3f-s%d-q%d-k%d.bin",
        c.n, c.dims, c.clusters, c.noise, c.seed, c.queries, c.k));
    if (Files.exists(file)) {
      try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
        int[][] truth = new int[c.queries][c.k];
        for (int[] row : truth) {
          for (int j = 0; j < row.length; j++) {
            row[j] = in.readInt();
          }
        }
        System.out.println("# ground truth read from " + file);
        return truth;
      }
    }
    long t0 = System.nanoTime();
    int[][] truth = groundTruth(gen, c.n, queries, c.k, c.threads);
    System.out.printf(Locale.ROOT, "# brute-force ground truth: %.1f s (%d threads)%n", (System.nanoTime() - t0) / 1e9, c.threads);
    Files.createDirectories(c.dir);
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
      for (int[] row : truth) {
        for (int d : row) {
          out.writeInt(d);
        }
      }
    }
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    return truth;
  }

  /** Exact top-k per query: each thread scans a slice of the generated vectors, then the slices' top-k merge. */
  static int[][] groundTruth(ClusteredVectors gen, int n, float[][] queries, int k, int threads) {
    int nq = queries.length;
    long t0 = System.nanoTime();
    java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
    List<int[][]> docsPerSlice = new ArrayList<>();
    List<float[][]> scoresPerSlice = new ArrayList<>();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int from = (int) ((long) n * t / threads);
      int to = (int) ((long) n * (t + 1) / threads);
      float[][] bestScore = new float[nq][k];
      int[][] bestDoc = new int[nq][k];
      for (float[] row : bestScore) {
        Arrays.fill(row, Float.NEGATIVE_INFINITY);
      }
      docsPerSlice.add(bestDoc);
      scoresPerSlice.add(bestScore);
      Thread worker = new Thread(() -> {
        for (int i = from; i < to; i++) {
          float[] v = gen.vector(i);
          for (int q = 0; q < nq; q++) {
            offer(bestScore[q], bestDoc[q], dot(queries[q], v), i);
          }
          long d = done.incrementAndGet();
          if (d % Math.max(1, n / 10) == 0) {
            progress("ground truth", d, n, t0);
          }
        }
      });
      worker.start();
      workers.add(worker);
    }
    for (Thread w : workers) {
      try {
        w.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    int[][] merged = new int[nq][k];
    for (int q = 0; q < nq; q++) {
      float[] bs = new float[k];
      Arrays.fill(bs, Float.NEGATIVE_INFINITY);
      for (int t = 0; t < threads; t++) {
        for (int j = 0; j < k; j++) {
          offer(bs, merged[q], scoresPerSlice.get(t)[q][j], docsPerSlice.get(t)[q][j]);
        }
      }
    }
    return merged;
  }

  private static void offer(float[] bs, int[] bd, float s, int doc) {
    int k = bs.length;
    if (s > bs[k - 1]) {
      int j = k - 1;
      while (j > 0 && bs[j - 1] < s) {
        bs[j] = bs[j - 1];
        bd[j] = bd[j - 1];
        j--;
      }
      bs[j] = s;
      bd[j] = doc;
    }
  }

  /** Eight independent sums, so the JIT can overlap the multiply-adds (a single running sum serialises them). */
  static float dot(float[] a, float[] b) {
    float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
    int i = 0;
    for (; i + 7 < a.length; i += 8) {
      s0 += a[i] * b[i];
      s1 += a[i + 1] * b[i + 1];
      s2 += a[i + 2] * b[i + 2];
      s3 += a[i + 3] * b[i + 3];
      s4 += a[i + 4] * b[i + 4];
      s5 += a[i + 5] * b[i + 5];
      s6 += a[i + 6] * b[i + 6];
      s7 += a[i + 7] * b[i + 7];
    }
    float s = (s0 + s1) + (s2 + s3) + (s4 + s5) + (s6 + s7);
    for (; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** Streams documents [from, to) so that a million vectors never sit in memory at once. */
  private record Generated(ClusteredVectors gen, int from, int to, long t0, int total,
      java.util.concurrent.atomic.AtomicLong done) implements Iterable<IndexDocument> {
    @Override
    public Iterator<IndexDocument> iterator() {
      return new Iterator<>() {
        int next = from;

        @Override
        public boolean hasNext() {
          return next < to;
        }

        @Override
        public IndexDocument next() {
          if (next >= to) {
            throw new NoSuchElementException();
          }
          int i = next++;
          long d = done.incrementAndGet();
          if (d % Math.max(1, total / 20) == 0) {
            progress("indexing", d, total, t0);
          }
          return IndexDocument.builder("d" + i).vector(gen.vector(i)).build();
        }
      };
    }
  }

  private static void progress(String what, long done, long total, long t0) {
    double s = (System.nanoTime() - t0) / 1e9;
    double eta = done == 0 ? 0 : s * (total - done) / done;
    System.out.printf(Locale.ROOT, "#   %s %d/%d (%.0f%%) %.0f s elapsed, ETA %.0f s, load %s%n",
        what, done, total, 100.0 * done / total, s, eta, load());
  }

  private static Map<String, Long> bytesByExtension(Path dir) throws IOException {
    Map<String, Long> out = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files.sorted()::iterator) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? name.replaceAll("_\\d+$", "") : name.substring(dot + 1);
        out.merge(ext, Files.size(f), Long::sum);
      }
    }
    return out;
  }

  private static String mb(Map<String, Long> bytes) {
    StringBuilder sb = new StringBuilder();
    bytes.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
        .forEach(e -> sb.append(e.getKey()).append('=').append(String.format(Locale.ROOT, "%.1f", e.getValue() / 1048576.0)).append(' '));
    return sb.toString().trim();
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  static String load() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0];
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }

  private static Config parse(String[] args) {
    Map<String, String> a = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("usage: --name value ...; bad argument '" + args[i] + "'");
      }
      a.put(args[i].substring(2), args[++i]);
    }
    Set<String> known = Set.of("n", "dims", "clusters", "noise", "queries", "k", "formats", "m", "beam", "fanouts",
        "dir", "batch", "ram-mb", "seed", "keep", "skip-build", "truth-only", "threads",
        "index-threads", "merge-threads");
    for (String key : a.keySet()) {
      if (!known.contains(key)) {
        throw new IllegalArgumentException("unknown option --" + key + "; known: " + known);
      }
    }
    int n = Integer.parseInt(a.getOrDefault("n", "100000"));
    List<VectorFormat.Encoding> formats = Arrays.stream(a.getOrDefault("formats", "float32,int8").split(","))
        .map(s -> VectorFormat.Encoding.valueOf(s.trim().toUpperCase(Locale.ROOT))).toList();
    int[] fanouts = Arrays.stream(a.getOrDefault("fanouts", "1,2,4,8").split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray();
    return new Config(n, Integer.parseInt(a.getOrDefault("dims", "512")), Integer.parseInt(a.getOrDefault("clusters", "1000")),
        Double.parseDouble(a.getOrDefault("noise", "1.0")), Integer.parseInt(a.getOrDefault("queries", "200")),
        Integer.parseInt(a.getOrDefault("k", "10")), formats, Integer.parseInt(a.getOrDefault("m", "16")),
        Integer.parseInt(a.getOrDefault("beam", "100")), fanouts, Path.of(a.getOrDefault("dir", "index/target/bench")),
        Integer.parseInt(a.getOrDefault("batch", "100000")), Double.parseDouble(a.getOrDefault("ram-mb", "1024")),
        Long.parseLong(a.getOrDefault("seed", "42")), Boolean.parseBoolean(a.getOrDefault("keep", "false")),
        Boolean.parseBoolean(a.getOrDefault("skip-build", "false")),
        Boolean.parseBoolean(a.getOrDefault("truth-only", "false")), Integer.parseInt(a.getOrDefault("threads", "2")),
        Integer.parseInt(a.getOrDefault("index-threads", "1")), Integer.parseInt(a.getOrDefault("merge-threads", "1")));
  }

  private VectorBench() {}
}
