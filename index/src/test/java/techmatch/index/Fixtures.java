package techmatch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/** Shared test data: fresh folders under target/, a small schema, deterministic unit vectors. */
final class Fixtures {

  static final int DIMS = 16;
  static final String MODEL = "test-model/v1";
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private Fixtures() {}

  static Path freshDir(String name) {
    Path dir = Path.of("target", "test-indexes", name + "-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet());
    deleteRecursively(dir);
    return dir;
  }

  static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static IndexSchema schema(VectorFormat format) {
    return schema(format, new StandardAnalyzer(), DIMS, MODEL);
  }

  static IndexSchema schema(VectorFormat format, Analyzer analyzer, int dims, String model) {
    return IndexSchema.builder()
        .text("title", analyzer)
        .text("body", analyzer)
        .keyword("org", "region")
        .longs("year", "validUntil")
        .doubles("price")
        .vector("vec", dims, model, format)
        .build();
  }

  /** Unit vector determined by the seed alone. */
  static float[] vector(long seed, int dims) {
    SplittableRandom r = new SplittableRandom(seed);
    float[] v = new float[dims];
    double sq = 0;
    for (int i = 0; i < dims; i++) {
      v[i] = (float) r.nextGaussian();
      sq += v[i] * v[i];
    }
    float inv = (float) (1 / Math.sqrt(sq));
    for (int i = 0; i < dims; i++) {
      v[i] *= inv;
    }
    return v;
  }

  static float[] vector(long seed) {
    return vector(seed, DIMS);
  }

  static float dot(float[] a, float[] b) {
    float s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
