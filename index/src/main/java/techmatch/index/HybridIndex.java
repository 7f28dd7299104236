package techmatch.index;

import java.io.Closeable;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiConsumer;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.KeepOnlyLastCommitDeletionPolicy;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SnapshotDeletionPolicy;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.IOUtils;

/**
 * A durable hybrid index over one Lucene directory: BM25 text fields, exact keyword and numeric filter fields, one
 * HNSW vector field and an opaque stored source per record, keyed by id.
 *
 * <p>Durability: every write method returns only after a Lucene commit (fsync of the new files and of the commit
 * point) that contains the write. Concurrent writers share commits (group commit), and a batch costs one commit,
 * so bulk loads pay one fsync round per batch rather than per document. Reads are near-real-time and see every
 * write that returned before them (read-your-writes).
 *
 * <p>Thread-safe: any number of threads may read and write at once.
 */
public final class HybridIndex implements Closeable {

  private final Path path;
  private final IndexSchema schema;
  private final Directory directory;
  private final IndexWriter writer;
  private final SnapshotDeletionPolicy snapshots;
  private final SearcherManager searchers;
  /** Null unless graph merges use several threads; owned and shut down by this index. */
  private final ExecutorService mergePool;
  private final DocumentMapper mapper;
  private final FilterQueries filters;
  private final SnippetHighlighter highlighter;

  /** Readers hold it shared; close() holds it exclusively so it commits after in-flight writes finish. */
  private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
  private boolean closed;

  private final Object commitLock = new Object();
  /** Highest writer sequence number known to be in a durable commit. */
  private volatile long durableSeqNo;

  /** Count of writes that returned from the IndexWriter; searches refresh when it moved since the last refresh. */
  private final AtomicLong writes = new AtomicLong();
  private final Object refreshLock = new Object();
  private volatile long refreshedThrough;

  private HybridIndex(Path path, IndexSchema schema, Directory directory, IndexWriter writer,
      SnapshotDeletionPolicy snapshots, SearcherManager searchers, ExecutorService mergePool) {
    this.path = path;
    this.schema = schema;
    this.directory = directory;
    this.writer = writer;
    this.snapshots = snapshots;
    this.searchers = searchers;
    this.mergePool = mergePool;
    this.mapper = new DocumentMapper(schema);
    this.filters = new FilterQueries(schema);
    this.highlighter = new SnippetHighlighter(schema);
  }

  public static HybridIndex open(Path dir, IndexSchema schema) throws IOException {
    return open(dir, schema, OpenOptions.defaults());
  }

  /**
   * Opens the index in {@code dir}, creating it if the folder is empty or absent.
   *
   * @throws IndexMismatchException  the index was built for another embedding model, dimension count or analysis
   * @throws IndexCorruptedException the index fails Lucene's checks; nothing in the folder is changed or removed
   */
  public static HybridIndex open(Path dir, IndexSchema schema, OpenOptions options) throws IOException {
    Files.createDirectories(dir);
    Directory directory = FSDirectory.open(dir);
    IndexWriter writer = null;
    SearcherManager searchers = null;
    ExecutorService mergePool = options.hnswMergeThreads() > 1 ? newMergePool(options.hnswMergeThreads(), dir) : null;
    boolean ok = false;
    try {
      boolean exists = DirectoryReader.indexExists(directory);
      if (exists) {
        SegmentInfos last = readLatestCommit(directory, dir);
        IndexMetadata.check(last.getUserData(), schema, dir);
      } else {
        refuseForeignFiles(directory, dir);
      }
      SnapshotDeletionPolicy snapshots = new SnapshotDeletionPolicy(new KeepOnlyLastCommitDeletionPolicy());
      IndexWriterConfig config = new IndexWriterConfig(new SchemaAnalyzer(schema))
          .setOpenMode(exists ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
          .setIndexDeletionPolicy(snapshots)
          .setCodec(codecFor(schema.vector(), options.hnswMergeThreads(), mergePool))
          .setRAMBufferSizeMB(options.ramBufferMb())
          .setCommitOnClose(false)
          // Small segments (one per single-record commit) go into compound files: 3 files to fsync instead of
          // ~12. Lucene's merge policy writes segments above 10 % of the index as plain files, so a force-merged
          // index shows its vector data (.vec, .veq, .vex) as separate files.
          .setUseCompoundFile(true);
      try {
        writer = new IndexWriter(directory, config);
      } catch (LockObtainFailedException e) {
        throw new IOException("index at " + dir + " is already open (by this or another process): " + e.getMessage(), e);
      }
      writer.setLiveCommitData(IndexMetadata.of(schema).entrySet());
      if (!exists) {
        writer.commit();
      }
      searchers = new SearcherManager(writer, true, false, null);
      if (options.verifyChecksums()) {
        verifyChecksums(searchers);
      }
      HybridIndex index = new HybridIndex(dir, schema, directory, writer, snapshots, searchers, mergePool);
      ok = true;
      return index;
    } catch (CorruptIndexException | EOFException | NoSuchFileException | FileNotFoundException e) {
      throw corrupted(dir, e);
    } catch (IndexFormatTooOldException | IndexFormatTooNewException e) {
      throw new IndexMismatchException("index at " + dir + " was written by an incompatible Lucene version ("
          + e.getMessage() + "); rebuild it: delete " + dir + " or run `./techmatch reindex`.");
    } finally {
      if (!ok) {
        // rollback, not close: nothing may be committed over an index that failed to open
        IOUtils.closeWhileHandlingException(searchers);
        if (writer != null) {
          IOUtils.closeWhileHandlingException(writer::rollback);
        }
        IOUtils.closeWhileHandlingException(directory);
        if (mergePool != null) {
          mergePool.shutdownNow();
        }
      }
    }
  }

  private static ExecutorService newMergePool(int threads, Path dir) {
    AtomicLong n = new AtomicLong();
    return Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "hnsw-merge-" + dir.getFileName() + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  private static SegmentInfos readLatestCommit(Directory directory, Path dir) throws IOException {
    try {
      return SegmentInfos.readLatestCommit(directory);
    } catch (CorruptIndexException | EOFException | NoSuchFileException | FileNotFoundException e) {
      throw corrupted(dir, e);
    }
  }

  private static IndexCorruptedException corrupted(Path dir, Exception e) {
    if (e instanceof IndexCorruptedException ice) {
      return ice;
    }
    return new IndexCorruptedException("index at " + dir + " is corrupt (" + e.getClass().getSimpleName() + ": "
        + e.getMessage() + "). It was left untouched. Restore a snapshot into " + dir
        + ", or delete " + dir + " and run `./techmatch reindex`.", e);
  }

  /** An empty-looking folder may hold only what a crash during the very first commit leaves behind. */
  private static void refuseForeignFiles(Directory directory, Path dir) throws IOException {
    List<String> foreign = new ArrayList<>();
    for (String f : directory.listAll()) {
      if (!f.equals(IndexWriter.WRITE_LOCK_NAME) && !f.startsWith("pending_segments_")) {
        foreign.add(f);
      }
    }
    if (!foreign.isEmpty()) {
      throw new IndexCorruptedException("folder " + dir + " holds files " + foreign.subList(0, Math.min(5, foreign.size()))
          + (foreign.size() > 5 ? " (and " + (foreign.size() - 5) + " more)" : "")
          + " but no index commit (segments_N); refusing to create an index over them. If it is an index whose commit"
          + " point was lost, restore a snapshot; otherwise point the index at an empty folder.", null);
    }
  }

  private static void verifyChecksums(SearcherManager searchers) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        leaf.reader().checkIntegrity();
      }
    } finally {
      searchers.release(s);
    }
  }

  private static Codec codecFor(VectorSpec vector, int mergeThreads, ExecutorService mergePool) {
    KnnVectorsFormat format = vector.format().luceneFormat(mergeThreads, mergePool);
    // The per-field format's name is written into each segment, so readers resolve it through SPI without this codec.
    return new Lucene912Codec() {
      @Override
      public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
        return format;
      }
    };
  }

  /** Reads every live record's id and stored source without checking the schema, e.g. to rebuild a stale index. */
  public static long exportSources(Path dir, BiConsumer<String, String> sink) throws IOException {
    try (Directory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
      long n = 0;
      Set<String> fields = Set.of(IndexSchema.ID_FIELD, IndexSchema.SOURCE_FIELD);
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (live == null || live.get(d)) {
            Document doc = stored.document(d, fields);
            sink.accept(doc.get(IndexSchema.ID_FIELD), doc.get(IndexSchema.SOURCE_FIELD));
            n++;
          }
        }
      }
      return n;
    } catch (CorruptIndexException | EOFException | NoSuchFileException | FileNotFoundException e) {
      throw corrupted(dir, e);
    }
  }

  public IndexSchema schema() {
    return schema;
  }

  public Path path() {
    return path;
  }

  // ---------------------------------------------------------------- writes

  /** Inserts or replaces the record with this id; returns once durable. */
  public void upsert(IndexDocument doc) throws IOException {
    upsertAll(List.of(doc));
  }

  /**
   * Inserts or replaces every record, with one commit for all of them; returns once all are durable. A Collection
   * is validated whole before anything is written; another Iterable (a stream being imported) is validated record
   * by record. If this throws, nothing is acknowledged; records already handed to Lucene may still become durable
   * with a later commit, which is harmless because upserts are idempotent: retry the batch.
   *
   * @return the number of records written
   */
  public long upsertAll(Iterable<IndexDocument> docs) throws IOException {
    boolean validated = docs instanceof Collection<IndexDocument>;
    if (validated) {
      docs.forEach(mapper::validate);
    }
    lifecycle.readLock().lock();
    try {
      ensureOpen();
      long last = -1;
      long n = 0;
      for (IndexDocument doc : docs) {
        if (!validated) {
          mapper.validate(doc);
        }
        last = writer.updateDocument(new Term(IndexSchema.ID_FIELD, doc.id()), mapper.toLucene(doc));
        writes.incrementAndGet();
        n++;
      }
      if (n > 0) {
        awaitDurable(last);
      }
      return n;
    } finally {
      lifecycle.readLock().unlock();
    }
  }

  /** Removes the record if present; returns once durable. */
  public void delete(String id) throws IOException {
    deleteAll(List.of(id));
  }

  public void deleteAll(Collection<String> ids) throws IOException {
    if (ids.isEmpty()) {
      return;
    }
    Term[] terms = ids.stream().map(id -> new Term(IndexSchema.ID_FIELD, id)).toArray(Term[]::new);
    lifecycle.readLock().lock();
    try {
      ensureOpen();
      long seq = writer.deleteDocuments(terms);
      writes.incrementAndGet();
      awaitDurable(seq);
    } finally {
      lifecycle.readLock().unlock();
    }
  }

  /**
   * Group commit: a commit covers every operation that completed before it started, so a thread whose operation a
   * concurrent commit already covered returns without committing again.
   */
  private void awaitDurable(long seqNo) throws IOException {
    if (durableSeqNo >= seqNo) {
      return;
    }
    synchronized (commitLock) {
      if (durableSeqNo >= seqNo) {
        return;
      }
      long committed = writer.commit();
      // -1: nothing was pending, so this operation (e.g. deleting an absent id) changed nothing or is committed
      durableSeqNo = Math.max(durableSeqNo, committed < 0 ? seqNo : committed);
      if (durableSeqNo < seqNo) {
        throw new IllegalStateException("commit " + committed + " does not cover operation " + seqNo);
      }
    }
  }

  /** Merges the index down to at most {@code maxSegments} segments (one HNSW graph each) and commits. */
  public void forceMerge(int maxSegments) throws IOException {
    lifecycle.readLock().lock();
    try {
      ensureOpen();
      writer.forceMerge(maxSegments);
      writes.incrementAndGet();
      synchronized (commitLock) {
        durableSeqNo = Math.max(durableSeqNo, writer.commit());
      }
    } finally {
      lifecycle.readLock().unlock();
    }
  }

  // ---------------------------------------------------------------- reads

  /** Number of live records. */
  public int size() throws IOException {
    return withSearcher(s -> s.getIndexReader().numDocs());
  }

  /** The stored source of the record, empty when there is no such record or it was stored without one. */
  public Optional<String> get(String id) throws IOException {
    return withSearcher(s -> {
      int doc = docId(s, id);
      return doc < 0 ? Optional.<String>empty()
          : Optional.ofNullable(s.storedFields().document(doc, Set.of(IndexSchema.SOURCE_FIELD)).get(IndexSchema.SOURCE_FIELD));
    });
  }

  public boolean contains(String id) throws IOException {
    return withSearcher(s -> docId(s, id) >= 0);
  }

  /** The record's own (raw float) vector, empty when there is no such record or it has no vector. */
  public Optional<float[]> getVector(String id) throws IOException {
    return withSearcher(s -> {
      int doc = docId(s, id);
      return doc < 0 ? Optional.<float[]>empty()
          : Optional.ofNullable(VectorReader.read(s, schema.vector().field(), new int[] {doc})[0]);
    });
  }

  /** Raw vectors of several records (absent ids and records without a vector are left out). */
  public Map<String, float[]> getVectors(Collection<String> ids) throws IOException {
    return withSearcher(s -> {
      Map<Integer, String> docs = docIds(s, ids);
      int[] sorted = docs.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
      float[][] vectors = VectorReader.read(s, schema.vector().field(), sorted);
      Map<String, float[]> out = new LinkedHashMap<>();
      for (int i = 0; i < sorted.length; i++) {
        if (vectors[i] != null) {
          out.put(docs.get(sorted[i]), vectors[i]);
        }
      }
      return out;
    });
  }

  /**
   * The ids of every document matching the filter, in id order: for listing a collection or an owner's records page by
   * page. Reads one stored field per match, so it suits collections of tens of thousands, not millions.
   */
  public List<String> ids(SearchFilter filter) throws IOException {
    return withSearcher(s -> {
      Query q = filters.toQuery(filter);
      Query all = q == null ? new org.apache.lucene.search.MatchAllDocsQuery()
          : new BooleanQuery.Builder().add(new org.apache.lucene.search.MatchAllDocsQuery(), Occur.MUST)
              .add(q, Occur.FILTER).build();
      List<String> out = new ArrayList<>();
      IdLookup idLookup = new IdLookup(s.getIndexReader());
      s.search(all, new org.apache.lucene.search.SimpleCollector() {
        private int base;

        @Override
        protected void doSetNextReader(org.apache.lucene.index.LeafReaderContext context) {
          base = context.docBase;
        }

        @Override
        public void collect(int doc) throws IOException {
          out.add(idLookup.get(base + doc));
        }

        @Override
        public org.apache.lucene.search.ScoreMode scoreMode() {
          return org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES;
        }
      });
      out.sort(null);
      return out;
    });
  }

  /** BM25 top-k over the weighted text fields, restricted to documents matching the filter. */
  public List<TextHit> searchText(TextQuery query, SearchFilter filter, int k) throws IOException {
    return searchText(query, filter, k, List.of()).hits();
  }

  /**
   * BM25 top-k as {@link #searchText(TextQuery, SearchFilter, int)}, and in the same pass the per-field scores of
   * {@code alsoScore} (candidates another retriever found), analysing the query text once for both: a whole listing
   * used as a query is long, and its analysis is most of a keyword search's cost.
   */
  public TextSearch searchText(TextQuery query, SearchFilter filter, int k, Collection<String> alsoScore)
      throws IOException {
    requirePositive(k);
    return withSearcher(s -> {
      Map<String, Query> perField = fieldQueries(s, query);
      if (perField.isEmpty()) {
        Map<String, TextHit> zero = new LinkedHashMap<>();
        for (Map.Entry<Integer, String> e : docIds(s, alsoScore).entrySet()) {
          Map<String, Float> zeros = new LinkedHashMap<>();
          query.fieldWeights().keySet().forEach(f -> zeros.put(f, 0f));
          zero.put(e.getValue(), new TextHit(e.getValue(), 0f, zeros));
        }
        return new TextSearch(List.of(), zero);
      }
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      perField.forEach((f, q) -> any.add(new BoostQuery(q, query.fieldWeights().get(f)), Occur.SHOULD));
      Query main = any.build();
      Query filterQuery = filters.toQuery(filter);
      if (filterQuery != null) {
        main = new BooleanQuery.Builder().add(main, Occur.MUST).add(filterQuery, Occur.FILTER).build();
      }
      ScoreDoc[] top = s.search(main, k).scoreDocs;
      Map<Integer, String> extra = docIds(s, alsoScore);
      Set<Integer> wanted = new java.util.TreeSet<>(extra.keySet());
      for (ScoreDoc sd : top) {
        wanted.add(sd.doc);
      }
      Map<Integer, Map<String, Float>> fieldScores = scorePerField(s, query, perField,
          wanted.stream().mapToInt(Integer::intValue).toArray());
      IdLookup idLookup = new IdLookup(s.getIndexReader());
      List<TextHit> hits = new ArrayList<>(top.length);
      for (ScoreDoc sd : top) {
        hits.add(new TextHit(idLookup.get(sd.doc), sd.score, fieldScores.get(sd.doc)));
      }
      Map<String, TextHit> scored = new LinkedHashMap<>();
      for (Map.Entry<Integer, String> e : extra.entrySet()) {
        Map<String, Float> fs = fieldScores.get(e.getKey());
        float total = 0;
        for (Map.Entry<String, Float> f : fs.entrySet()) {
          total += query.fieldWeights().get(f.getKey()) * f.getValue();
        }
        scored.put(e.getValue(), new TextHit(e.getValue(), total, fs));
      }
      return new TextSearch(hits, scored);
    });
  }

  /**
   * Per-field BM25 scores of the given records for the query, whether or not they would rank in a text search
   * (e.g. candidates found only by kNN). Ids not in the index are left out; records matching no term score 0.
   */
  public Map<String, TextHit> textScores(TextQuery query, Collection<String> ids) throws IOException {
    return withSearcher(s -> {
      Map<Integer, String> docs = docIds(s, ids);
      int[] sorted = docs.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
      Map<String, Query> perField = fieldQueries(s, query);
      Map<Integer, Map<String, Float>> scores = scorePerField(s, query, perField, sorted);
      Map<String, TextHit> byId = new HashMap<>();
      for (int doc : sorted) {
        Map<String, Float> fs = scores.get(doc);
        float total = 0;
        for (Map.Entry<String, Float> e : fs.entrySet()) {
          total += query.fieldWeights().get(e.getKey()) * e.getValue();
        }
        byId.put(docs.get(doc), new TextHit(docs.get(doc), total, fs));
      }
      Map<String, TextHit> ordered = new LinkedHashMap<>();
      for (String id : ids) {
        TextHit h = byId.get(id);
        if (h != null) {
          ordered.put(id, h);
        }
      }
      return ordered;
    });
  }

  private Map<String, Query> fieldQueries(IndexSearcher s, TextQuery query) throws IOException {
    if ((long) query.maxTermsPerField() * query.fieldWeights().size() > IndexSearcher.getMaxClauseCount()) {
      throw new IllegalArgumentException("text query: " + query.fieldWeights().size() + " fields × "
          + query.maxTermsPerField() + " terms exceeds Lucene's clause limit " + IndexSearcher.getMaxClauseCount());
    }
    Map<String, Query> perField = new LinkedHashMap<>();
    // Fields sharing an analyzer (title and body) share one analysis of the text.
    Map<Analyzer, Map<String, Integer>> analysed = new java.util.IdentityHashMap<>();
    for (String field : query.fieldWeights().keySet()) {
      Analyzer analyzer = schema.analyzer(field);
      Map<String, Integer> counts = analysed.computeIfAbsent(analyzer,
          a -> TermsAnalysis.termCounts(a, field, query.text()));
      counts = TermsAnalysis.topTerms(counts, query.maxTermsPerField(), s.getIndexReader(), field);
      if (counts.isEmpty()) {
        continue;
      }
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      counts.forEach((term, n) -> {
        Query tq = new TermQuery(new Term(field, term));
        float boost = query.termWeighting().boost(n);
        b.add(boost == 1f ? tq : new BoostQuery(tq, boost), Occur.SHOULD);
      });
      perField.put(field, b.build());
    }
    return perField;
  }

  private static Map<Integer, Map<String, Float>> scorePerField(IndexSearcher s, TextQuery query,
      Map<String, Query> perField, int[] docs) throws IOException {
    int[] sorted = docs.clone();
    Arrays.sort(sorted);
    Map<Integer, Map<String, Float>> out = new HashMap<>();
    for (int d : sorted) {
      Map<String, Float> zeros = new LinkedHashMap<>();
      query.fieldWeights().keySet().forEach(f -> zeros.put(f, 0f));
      out.put(d, zeros);
    }
    for (Map.Entry<String, Query> e : perField.entrySet()) {
      float[] scores = FieldScorer.score(s, e.getValue(), sorted);
      for (int i = 0; i < sorted.length; i++) {
        out.get(sorted[i]).put(e.getKey(), scores[i]);
      }
    }
    return out;
  }

  public List<VectorHit> searchVector(float[] query, int k, SearchFilter filter) throws IOException {
    return searchVector(query, k, filter, VectorSearchOptions.defaults());
  }

  /**
   * kNN top-k by dot product. The filter is applied inside the graph search (Lucene explores the graph through
   * filtered-out nodes and switches to an exact scan of the matching documents when the filter is so selective
   * that the graph search would visit more nodes than match, per segment). Should the graph search still come back
   * short of what the filter admits, the index scans the admitted vectors exactly, so k results come back whenever
   * ≥ k documents with a vector match the filter.
   */
  public List<VectorHit> searchVector(float[] query, int k, SearchFilter filter, VectorSearchOptions options) throws IOException {
    requirePositive(k);
    checkQueryVector(query);
    return withSearcher(s -> {
      int candidates = Math.multiplyExact(k, options.fanout());
      String field = schema.vector().field();
      Query filterQuery = filters.toQuery(filter);
      ScoreDoc[] top = s.search(new KnnFloatVectorQuery(field, query, candidates, filterQuery), candidates).scoreDocs;
      if (top.length < candidates) {
        Query withVector = filterQuery == null ? new FieldExistsQuery(field)
            : new BooleanQuery.Builder().add(filterQuery, Occur.FILTER).add(new FieldExistsQuery(field), Occur.FILTER).build();
        if (top.length < Math.min(candidates, s.count(withVector))) {
          top = ExactVectorSearch.search(s, field, query, filterQuery, candidates);
        }
      }
      IdLookup idLookup = new IdLookup(s.getIndexReader());
      List<VectorHit> hits = new ArrayList<>(top.length);
      boolean rerank = options.exactRerank() && schema.vector().format().encoding() != VectorFormat.Encoding.FLOAT32;
      if (rerank) {
        int[] sorted = Arrays.stream(top).mapToInt(sd -> sd.doc).sorted().toArray();
        float[][] vectors = VectorReader.read(s, field, sorted);
        for (int i = 0; i < sorted.length; i++) {
          hits.add(new VectorHit(idLookup.get(sorted[i]), VectorReader.dot(query, vectors[i])));
        }
        hits.sort(Comparator.comparingDouble(VectorHit::cosine).reversed().thenComparing(VectorHit::id));
      } else {
        for (ScoreDoc sd : top) {
          // Lucene maps a dot product d of unit vectors to the score (1 + d) / 2
          hits.add(new VectorHit(idLookup.get(sd.doc), 2 * sd.score - 1));
        }
      }
      return hits.size() > k ? List.copyOf(hits.subList(0, k)) : hits;
    });
  }

  private void checkQueryVector(float[] query) {
    if (query == null || query.length != schema.vector().dims()) {
      throw new IllegalArgumentException("vector query: expected " + schema.vector().dims() + " dims (model "
          + schema.vector().modelFingerprint() + "), got " + (query == null ? "null" : query.length));
    }
    for (float x : query) {
      if (!Float.isFinite(x)) {
        throw new IllegalArgumentException("vector query: contains " + x);
      }
    }
  }

  /** Passages of the record's stored text field with the terms of {@code queryText} (as the field analyses it) marked. */
  public List<Snippet> highlight(String id, String field, String queryText, int maxPassages) throws IOException {
    Set<String> terms = TermsAnalysis.termCounts(schema.analyzer(field), field, queryText).keySet();
    return highlightTerms(id, field, terms, maxPassages);
  }

  /** Like {@link #highlight} with already-analysed terms (e.g. the terms that matched in the text search). */
  public List<Snippet> highlightTerms(String id, String field, Collection<String> terms, int maxPassages) throws IOException {
    requirePositive(maxPassages);
    schema.analyzer(field);
    return withSearcher(s -> {
      int doc = docId(s, id);
      return doc < 0 ? List.<Snippet>of() : highlighter.highlight(s, doc, field, new LinkedHashSet<>(terms), maxPassages);
    });
  }

  // ---------------------------------------------------------------- snapshot, close

  /**
   * Copies the last commit (which holds every acknowledged write) into {@code target}, which must be absent or
   * empty, and fsyncs it. The copy is an index of its own: restore by opening it, or by copying it back. The commit
   * point is copied last, so a copy interrupted half-way is recognisably incomplete.
   */
  public SnapshotInfo snapshot(Path target) throws IOException {
    if (Files.exists(target)) {
      try (var entries = Files.list(target)) {
        if (entries.findAny().isPresent()) {
          throw new IOException("snapshot target " + target + " is not empty");
        }
      }
    }
    Files.createDirectories(target);
    lifecycle.readLock().lock();
    try {
      ensureOpen();
      IndexCommit commit = snapshots.snapshot();
      try (Directory out = FSDirectory.open(target)) {
        String segmentsFile = commit.getSegmentsFileName();
        List<String> files = new ArrayList<>(commit.getFileNames());
        files.remove(segmentsFile);
        files.add(segmentsFile);
        long bytes = 0;
        for (String f : files) {
          out.copyFrom(directory, f, f, IOContext.DEFAULT);
          bytes += out.fileLength(f);
        }
        out.sync(files);
        out.syncMetaData();
        return new SnapshotInfo(target, commit.getGeneration(), files.size(), bytes);
      } finally {
        snapshots.release(commit);
        writer.deleteUnusedFiles();
      }
    } finally {
      lifecycle.readLock().unlock();
    }
  }

  /** Commits anything outstanding and releases the directory. */
  @Override
  public void close() throws IOException {
    lifecycle.writeLock().lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      try {
        if (writer.isOpen() && writer.getTragicException() == null) {
          synchronized (commitLock) {
            writer.commit();
          }
        }
      } finally {
        try {
          IOUtils.close(searchers, writer, directory);
        } finally {
          if (mergePool != null) {
            mergePool.shutdownNow();
          }
        }
      }
    } finally {
      lifecycle.writeLock().unlock();
    }
  }

  // ---------------------------------------------------------------- plumbing

  private interface SearcherFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherFunction<T> fn) throws IOException {
    lifecycle.readLock().lock();
    try {
      ensureOpen();
      long seen = writes.get();
      if (seen > refreshedThrough) {
        synchronized (refreshLock) {
          if (seen > refreshedThrough) {
            searchers.maybeRefreshBlocking();
            refreshedThrough = seen;
          }
        }
      }
      IndexSearcher s = searchers.acquire();
      try {
        return fn.apply(s);
      } finally {
        searchers.release(s);
      }
    } finally {
      lifecycle.readLock().unlock();
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("index at " + path + " is closed");
    }
  }

  private static int docId(IndexSearcher s, String id) throws IOException {
    TopDocs td = s.search(FilterQueries.idQuery(id), 1);
    return td.scoreDocs.length == 0 ? -1 : td.scoreDocs[0].doc;
  }

  private static Map<Integer, String> docIds(IndexSearcher s, Collection<String> ids) throws IOException {
    Map<Integer, String> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    Set<String> unique = new LinkedHashSet<>(ids);
    IdLookup idLookup = new IdLookup(s.getIndexReader());
    for (ScoreDoc sd : s.search(FilterQueries.idQuery(unique), unique.size()).scoreDocs) {
      out.put(sd.doc, idLookup.get(sd.doc));
    }
    return out;
  }

  private static void requirePositive(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be >= 1, got " + k);
    }
  }
}
