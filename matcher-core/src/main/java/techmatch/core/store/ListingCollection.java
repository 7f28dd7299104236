package techmatch.core.store;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import techmatch.core.record.Listing;
import techmatch.core.text.KeyTerm;
import techmatch.core.text.TextAnalysis;
import techmatch.index.HybridIndex;
import techmatch.index.IndexDocument;
import techmatch.models.Embedder;

/**
 * One side of the market (achievements or demands) as stored and indexed: records go in with their embedding and key
 * terms, durably; they come out as {@link StoredListing}s.
 */
public final class ListingCollection implements Closeable {

  /**
   * What each stored listing carries besides the record (key terms, title vector). Raised when that changes, so that a
   * folder built by an older version is rebuilt rather than ranked with missing features.
   */
  public static final int PAYLOAD_VERSION = 3;
  /** How many key terms are kept per listing for explanations and overlap features. */
  public static final int KEY_TERMS = 24;
  /** Texts embedded per call; large enough for the embedder to sort by length and batch. */
  private static final int BATCH = 256;
  /** Decoded listings kept in memory: enough for the bundled data (22,732 listings over both collections). */
  public static final int DEFAULT_CACHED = 25_000;

  private final HybridIndex index;
  private final ListingDocuments documents;
  private final PayloadCodec payloads;
  private final TextAnalysis analysis;
  private final Embedder embedder;
  private final DecodedListings decoded;

  public ListingCollection(HybridIndex index, PayloadCodec payloads, TextAnalysis analysis, Embedder embedder) {
    this(index, payloads, analysis, embedder, DEFAULT_CACHED);
  }

  /** @param cached how many decoded listings to keep in memory (0: none) */
  public ListingCollection(HybridIndex index, PayloadCodec payloads, TextAnalysis analysis, Embedder embedder,
      int cached) {
    this.decoded = new DecodedListings(cached);
    this.index = index;
    this.payloads = payloads;
    this.documents = new ListingDocuments(payloads);
    this.analysis = analysis;
    this.embedder = embedder;
  }

  public HybridIndex index() {
    return index;
  }

  /**
   * The text a listing's vector is computed from: title and description joined as one sentence after another
   * ({@code 标题。描述}), the way the model saw paired text in training; a line break is only white space to its tokenizer.
   */
  public static String embeddingText(Listing l) {
    return embeddingText(l.title(), l.description());
  }

  /** {@link #embeddingText(Listing)} for a title and description that are not a stored listing. */
  public static String embeddingText(String titleText, String description) {
    String title = titleText.strip();
    String body = description.strip();
    if (title.isEmpty() || body.isEmpty()) {
      return title.isEmpty() ? body : title;
    }
    char last = title.charAt(title.length() - 1);
    boolean ends = "。！？.!?；;：:".indexOf(last) >= 0;
    return ends ? title + body : title + "。" + body;
  }

  private StoredListing analyse(Listing l, float[] titleVector) {
    List<KeyTerm> terms = analysis.keyTerms(l.fullText(), l.language(), KEY_TERMS);
    return new StoredListing(l, terms, titleVector);
  }

  /** Stores and indexes {@code listing}; returns once the write is durable. */
  public StoredListing upsert(Listing listing) throws IOException {
    List<float[]> vectors = embedder.embedAll(List.of(embeddingText(listing), listing.title()));
    StoredListing stored = analyse(listing, vectors.get(1));
    decoded.invalidate();
    try {
      index.upsert(documents.document(stored, vectors.get(0)));
    } finally {
      decoded.invalidate();
    }
    return stored;
  }

  /** Stores many listings, embedding them in batches; durable when it returns. */
  public void upsertAll(List<? extends Listing> listings, Progress progress) throws IOException {
    int done = 0;
    progress.update(0, listings.size());
    for (int start = 0; start < listings.size(); start += BATCH) {
      List<? extends Listing> batch = listings.subList(start, Math.min(listings.size(), start + BATCH));
      List<String> texts = new ArrayList<>(batch.size() * 2);
      batch.forEach(l -> texts.add(embeddingText(l)));
      batch.forEach(l -> texts.add(l.title()));
      List<float[]> vectors = embedder.embedAll(texts);
      List<IndexDocument> docs = new ArrayList<>(batch.size());
      for (int i = 0; i < batch.size(); i++) {
        docs.add(documents.document(analyse(batch.get(i), vectors.get(batch.size() + i)), vectors.get(i)));
      }
      decoded.invalidate();
      try {
        index.upsertAll(docs);
      } finally {
        decoded.invalidate();
      }
      done += batch.size();
      progress.update(done, listings.size());
    }
  }

  /**
   * Merges the collection into one segment. After a bulk load of thousands of records the index holds a dozen
   * segments; every query then looks up its terms, walks an HNSW graph and reads stored fields once per segment,
   * which made a recommendation about twice as slow (matcher-core/README.md, "Latency"). Costs a rewrite of the
   * index (about a minute for 20,000 listings), so it is for bulk loads, not single writes.
   */
  public void compact() throws IOException {
    index.forceMerge(1);
  }

  public void delete(String id) throws IOException {
    decoded.invalidate();
    try {
      index.delete(id);
    } finally {
      decoded.invalidate();
    }
  }

  public boolean contains(String id) throws IOException {
    return index.contains(id);
  }

  public Optional<StoredListing> get(String id) throws IOException {
    return Optional.ofNullable(load(id));
  }

  /** The stored listings among {@code ids}, in the order given; ids not stored are left out. */
  public Map<String, StoredListing> getAll(Collection<String> ids) throws IOException {
    Map<String, StoredListing> out = new LinkedHashMap<>();
    for (String id : ids) {
      StoredListing s = load(id);
      if (s != null) {
        out.put(id, s);
      }
    }
    return out;
  }

  private StoredListing load(String id) throws IOException {
    StoredListing cached = decoded.get(id);
    if (cached != null) {
      return cached;
    }
    long readAt = decoded.generation();
    Optional<String> payload = index.get(id);
    if (payload.isEmpty()) {
      return null;
    }
    StoredListing s = payloads.decode(payload.get());
    decoded.put(id, s, readAt);
    return s;
  }

  public Optional<float[]> vector(String id) throws IOException {
    return index.getVector(id);
  }

  public int size() throws IOException {
    return index.size();
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
