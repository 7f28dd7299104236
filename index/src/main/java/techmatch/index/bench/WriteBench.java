package techmatch.index.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import techmatch.index.HybridIndex;
import techmatch.index.IndexDocument;
import techmatch.index.IndexSchema;
import techmatch.index.VectorFormat;

/**
 * Cost of durability: acknowledged single upserts (one commit each) against batches (one commit per batch), with
 * text fields and 512-dim vectors like the service's records.
 *
 * <pre>
 * java -cp "$(cat index/target/classpath.txt):index/target/classes" techmatch.index.bench.WriteBench 300 20000 1000
 * </pre>
 */
public final class WriteBench {

  public static void main(String[] args) throws IOException {
    int singles = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    int bulk = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    int batch = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
    Path dir = Path.of("index/target/bench/write-bench");
    ClusteredVectors gen = ClusteredVectors.create(512, 100, 1.0, 7);
    IndexSchema schema = IndexSchema.builder().text("title", new StandardAnalyzer()).text("body", new StandardAnalyzer())
        .keyword("region").longs("year").vector("vec", 512, "bench", VectorFormat.defaults()).build();
    System.out.println("# WriteBench singles=" + singles + " bulk=" + bulk + " batch=" + batch + ", load " + VectorBench.load());

    delete(dir);
    double[] ms = new double[singles];
    try (HybridIndex index = HybridIndex.open(dir, schema)) {
      for (int i = 0; i < singles; i++) {
        long t = System.nanoTime();
        index.upsert(doc(gen, i));
        ms[i] = (System.nanoTime() - t) / 1e6;
      }
    }
    Arrays.sort(ms);
    double singleRate = singles / (Arrays.stream(ms).sum() / 1000);

    delete(dir);
    long t0 = System.nanoTime();
    try (HybridIndex index = HybridIndex.open(dir, schema)) {
      List<IndexDocument> docs = new ArrayList<>(batch);
      for (int i = 0; i < bulk; i++) {
        docs.add(doc(gen, i));
        if (docs.size() == batch || i == bulk - 1) {
          index.upsertAll(docs);
          docs.clear();
        }
      }
    }
    double bulkSeconds = (System.nanoTime() - t0) / 1e9;
    delete(dir);

    System.out.println("| mode | docs | docs/s | p50 ms per call | p99 ms per call | load |");
    System.out.println("|---|---|---|---|---|---|");
    System.out.printf(Locale.ROOT, "| upsert (commit per doc) | %d | %.0f | %.1f | %.1f | %s |%n", singles, singleRate,
        ms[ms.length / 2], ms[Math.max(0, (int) Math.ceil(ms.length * 0.99) - 1)], VectorBench.load());
    System.out.printf(Locale.ROOT, "| upsertAll (commit per %d) | %d | %.0f | | | %s |%n", batch, bulk, bulk / bulkSeconds,
        VectorBench.load());
  }

  private static IndexDocument doc(ClusteredVectors gen, int i) {
    return IndexDocument.builder("w" + i)
        .text("title", "record " + i + " graphene battery anode coating")
        .text("body", "a method for producing item " + i + " with a long description of the technology and its use")
        .keyword("region", "r" + (i % 30)).longValue("year", 2000 + i % 25)
        .vector(gen.vector(i)).source("{\"id\":" + i + "}").build();
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }

  private WriteBench() {}
}
