package techmatch.api.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import techmatch.core.text.NlpTextAnalysis;
import techmatch.models.EmbedderConfig;
import techmatch.models.EmbeddingCache;
import techmatch.models.Embedders;

/**
 * The text analysis and the (cached) embedder every command runs on, with their files under the data folder:
 * {@code <data>/cache/model} for the extracted model files, {@code <data>/runtime} for native libraries and scratch
 * space, {@code <data>/cache/embeddings-<slug>.log}
 * for vectors already computed.
 */
public final class Components implements AutoCloseable {

  private final NlpTextAnalysis analysis;
  private final EmbeddingCache embedder;
  private final ModelOptions model;

  private Components(NlpTextAnalysis analysis, EmbeddingCache embedder, ModelOptions model) {
    this.analysis = analysis;
    this.embedder = embedder;
    this.model = model;
  }

  public static Components open(Path data, ModelOptions model) throws IOException {
    return open(data.resolve("cache"), data.resolve("runtime"), model);
  }

  /**
   * With the cache and the native runtime folder given separately: the runtime folder is process-wide (DJL and JNA
   * read it once), so tests that start several services in one JVM pass the same one every time.
   */
  public static Components open(Path cache, Path runtime, ModelOptions model) throws IOException {
    Files.createDirectories(cache);
    EmbedderConfig config = EmbedderConfig.builder(cache.resolve("model"))
        .variant(model.variant())
        .maxLength(model.maxLength())
        .longTextPolicy(model.longTextPolicy())
        // ./techmatch points DJL_CACHE_DIR, JNA and java.io.tmpdir under <data>/runtime; the natives go there too.
        .runtimeDir(runtime)
        .build();
    NlpTextAnalysis analysis = NlpTextAnalysis.shipped();
    try {
      EmbeddingCache embedder = EmbeddingCache.open(Embedders.open(config),
          cache.resolve("embeddings-" + model.slug() + ".log"));
      return new Components(analysis, embedder, model);
    } catch (IOException | RuntimeException e) {
      analysis.close();
      throw e;
    }
  }

  public NlpTextAnalysis analysis() {
    return analysis;
  }

  public EmbeddingCache embedder() {
    return embedder;
  }

  public ModelOptions model() {
    return model;
  }

  @Override
  public void close() {
    try {
      embedder.close();
    } finally {
      analysis.close();
    }
  }
}
