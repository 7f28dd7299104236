package techmatch.core.match;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * A linear model over {@link Features}: {@code score = bias + Σ weight × feature}. The weights the service ships were
 * learned on the development judgments with cross-validation by {@code ./techmatch eval --train}; the file records
 * how.
 */
public record RerankModel(Map<String, Double> weights, double bias, String provenance) {

  public RerankModel {
    weights = Map.copyOf(weights);
    for (String name : weights.keySet()) {
      if (!Features.ALL.contains(name)) {
        throw new IllegalArgumentException("unknown rerank feature '" + name + "'; features are " + Features.ALL);
      }
    }
  }

  /** Ranks by the fused score alone: what the service does before a model is learned. */
  public static RerankModel fusedOnly() {
    return new RerankModel(Map.of(Features.FUSED, 1.0), 0, "fused score only");
  }

  /** The model shipped for {@code direction}, or {@link #fusedOnly()} when none is shipped. */
  public static RerankModel shipped(Direction direction) {
    String resource = "/techmatch/core/rerank/" + direction.code() + ".properties";
    try (InputStream in = RerankModel.class.getResourceAsStream(resource)) {
      if (in == null) {
        return fusedOnly();
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, Double> weights = new LinkedHashMap<>();
      for (String name : p.stringPropertyNames()) {
        if (name.startsWith("w.")) {
          weights.put(name.substring(2), Double.parseDouble(p.getProperty(name)));
        }
      }
      return new RerankModel(weights, Double.parseDouble(p.getProperty("bias", "0")), p.getProperty("provenance", ""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  double weight(String feature) {
    return weights.getOrDefault(feature, 0.0);
  }

  /** Sets the candidate's contributions and score from its features. */
  void score(Candidate c) {
    Map<String, Double> contributions = new LinkedHashMap<>();
    double s = bias;
    for (Map.Entry<String, Double> f : c.features.entrySet()) {
      double w = weight(f.getKey());
      if (w != 0) {
        contributions.put(f.getKey(), w * f.getValue());
        s += w * f.getValue();
      }
    }
    c.contributions = contributions;
    c.bias = bias;
    c.score = s;
  }

  public void write(Writer out) throws IOException {
    out.write("# techmatch rerank model: score = bias + sum of w.<feature> * feature\n");
    out.write("provenance=" + provenance.replace("\n", " ") + "\n");
    out.write("bias=" + bias + "\n");
    for (String f : Features.ALL) {
      if (weights.containsKey(f)) {
        out.write("w." + f + "=" + weights.get(f) + "\n");
      }
    }
  }
}
