package techmatch.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One record to upsert. Field names refer to the {@link IndexSchema}; every field is optional except the id.
 *
 * @param vector unit-length embedding (dot product equals cosine), or null when the record has none
 * @param source opaque stored payload returned by {@link HybridIndex#get} (e.g. the record's JSON), or null
 */
public record IndexDocument(
    String id,
    Map<String, String> text,
    Map<String, List<String>> keywords,
    Map<String, List<Long>> longs,
    Map<String, List<Double>> doubles,
    float[] vector,
    String source) {

  public IndexDocument {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("document: id must not be blank");
    }
    text = Map.copyOf(text);
    keywords = copyLists(keywords);
    longs = copyLists(longs);
    doubles = copyLists(doubles);
    vector = vector == null ? null : vector.clone();
  }

  private static <T> Map<String, List<T>> copyLists(Map<String, List<T>> in) {
    Map<String, List<T>> out = new LinkedHashMap<>();
    in.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Map.copyOf(out);
  }

  @Override
  public float[] vector() {
    return vector == null ? null : vector.clone();
  }

  /** The vector without a defensive copy, for the index's own read-only use. */
  float[] vectorUnsafe() {
    return vector;
  }

  public Optional<String> sourceOptional() {
    return Optional.ofNullable(source);
  }

  public static Builder builder(String id) {
    return new Builder(id);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IndexDocument d
        && id.equals(d.id) && text.equals(d.text) && keywords.equals(d.keywords) && longs.equals(d.longs)
        && doubles.equals(d.doubles) && Arrays.equals(vector, d.vector) && java.util.Objects.equals(source, d.source);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "IndexDocument[id=" + id + ", text=" + text.keySet() + ", keywords=" + keywords + ", longs=" + longs
        + ", doubles=" + doubles + ", vector=" + (vector == null ? "none" : vector.length + " dims") + "]";
  }

  public static final class Builder {
    private final String id;
    private final Map<String, String> text = new LinkedHashMap<>();
    private final Map<String, List<String>> keywords = new LinkedHashMap<>();
    private final Map<String, List<Long>> longs = new LinkedHashMap<>();
    private final Map<String, List<Double>> doubles = new LinkedHashMap<>();
    private float[] vector;
    private String source;

    private Builder(String id) {
      this.id = id;
    }

    public Builder text(String field, String value) {
      text.put(field, value);
      return this;
    }

    public Builder keyword(String field, String... values) {
      keywords.computeIfAbsent(field, f -> new ArrayList<>()).addAll(List.of(values));
      return this;
    }

    public Builder keywords(String field, List<String> values) {
      keywords.computeIfAbsent(field, f -> new ArrayList<>()).addAll(values);
      return this;
    }

    public Builder longValue(String field, long... values) {
      List<Long> l = longs.computeIfAbsent(field, f -> new ArrayList<>());
      for (long v : values) {
        l.add(v);
      }
      return this;
    }

    public Builder doubleValue(String field, double... values) {
      List<Double> l = doubles.computeIfAbsent(field, f -> new ArrayList<>());
      for (double v : values) {
        l.add(v);
      }
      return this;
    }

    public Builder vector(float[] vector) {
      this.vector = vector;
      return this;
    }

    public Builder source(String source) {
      this.source = source;
      return this;
    }

    public IndexDocument build() {
      return new IndexDocument(id, text, keywords, longs, doubles, vector, source);
    }
  }
}
