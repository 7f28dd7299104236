package techmatch.core.match;

import java.util.List;
import techmatch.models.Embedder;
import techmatch.models.LongTextPolicy;
import techmatch.models.ModelManifest;
import techmatch.models.ModelVariant;

/**
 * A stand-in for the ONNX model in engine tests: character bigrams hashed into 512 dimensions and normalised. Texts
 * sharing words get similar vectors, which is all the engine's mechanics (fusion, filters, paging, folding) need; the
 * real model is tested in the models module.
 */
final class BigramEmbedder implements Embedder {

  static final int DIMS = 512;

  @Override
  public float[] embed(String text) {
    float[] v = new float[DIMS];
    String s = text.toLowerCase();
    for (int i = 0; i + 2 <= s.length(); i++) {
      String bigram = s.substring(i, i + 2);
      if (bigram.isBlank()) {
        continue;
      }
      int h = bigram.hashCode();
      v[Math.floorMod(h, DIMS)] += 1;
      v[Math.floorMod(h * 31 + 7, DIMS)] += 0.5f;
    }
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    if (norm == 0) {
      v[0] = 1;
      return v;
    }
    float inv = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < DIMS; i++) {
      v[i] *= inv;
    }
    return v;
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    return texts.stream().map(this::embed).toList();
  }

  @Override
  public ModelManifest manifest() {
    ModelManifest real = ModelManifest.of(ModelVariant.INT8, 512, LongTextPolicy.truncate());
    return new ModelManifest("test-bigram-hash", "test", "none", "none", real.modelSha256(), real.tokenizerSha256(),
        DIMS, "none", "l2", 512, "truncate", "test");
  }

  @Override
  public int dimensions() {
    return DIMS;
  }

  @Override
  public void close() {}
}
