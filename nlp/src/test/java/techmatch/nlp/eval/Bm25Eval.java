package techmatch.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import techmatch.nlp.ChineseSegmenter;
import techmatch.nlp.ChineseTechAnalyzer;
import techmatch.nlp.SegmenterConfig;
import techmatch.nlp.StopList;
import techmatch.nlp.TermDictionary;
import techmatch.nlp.TextNormalizer;
import techmatch.nlp.build.JsonlReader;

/**
 * BM25-only evaluation of an analyzer on datasets/eval (an evaluation tool: it alone may read the judgments).
 * Builds an in-memory index per direction over exactly the corpus datasets/eval/README.md defines (title and body
 * as separate fields), runs the 100 queries (title + text), writes TSV runs and scores them with score.py.
 *
 * <pre>
 * java -cp "$(cat nlp/target/test-classpath.txt):nlp/target/classes:nlp/target/test-classes" \
 *   techmatch.nlp.eval.Bm25Eval --datasets datasets --analyzer tech --out nlp/target/eval
 * </pre>
 */
public final class Bm25Eval {
    record Doc(String id, String title, String body) {
    }

    record Query(String id, String text) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            opt.put(args[i].substring(2), args[i + 1]);
        }
        Path data = Path.of(opt.getOrDefault("datasets", "../datasets"));
        Path out = Path.of(opt.getOrDefault("out", "target/eval"));
        String analyzerName = opt.getOrDefault("analyzer", "tech");
        String name = opt.getOrDefault("name", analyzerName);
        double titleWeight = Double.parseDouble(opt.getOrDefault("title-weight", "2"));
        String qtf = opt.getOrDefault("qtf", "raw");
        double subwordBoost = Double.parseDouble(opt.getOrDefault("subword-boost", "1"));
        double bigramBoost = Double.parseDouble(opt.getOrDefault("bigram-boost", "1"));
        String sets = opt.getOrDefault("set", "both");
        Files.createDirectories(out);
        IndexSearcher.setMaxClauseCount(1 << 16);

        Analyzer analyzer = analyzer(analyzerName, opt);
        Map<String, String> queryOpt = new LinkedHashMap<>(opt);
        if (opt.containsKey("query-subwords")) {
            queryOpt.put("subwords", opt.get("query-subwords"));
        }
        Analyzer queryAnalyzer = opt.containsKey("query-subwords") ? analyzer(analyzerName, queryOpt) : analyzer;
        List<String> lines = new ArrayList<>();
        for (String set : sets.equals("both") ? List.of("dev", "reverse-dev") : List.of(sets)) {
            List<Doc> corpus = set.equals("dev") ? devCorpus(data) : reverseCorpus(data);
            checkIds(corpus, data.resolve("eval").resolve(set.equals("dev") ? "corpus-ids.txt" : "reverse-corpus-ids.txt"));
            List<Query> queries = queries(data.resolve("eval").resolve(set).resolve("queries.jsonl"));
            long t0 = System.nanoTime();
            Path run = out.resolve(name + "." + set + ".tsv");
            try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
                IndexWriterConfig iwc = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity(1.2f, 0.75f));
                try (IndexWriter w = new IndexWriter(dir, iwc)) {
                    for (Doc d : corpus) {
                        Document doc = new Document();
                        doc.add(new StringField("id", d.id(), Field.Store.YES));
                        doc.add(new TextField("title", d.title(), Field.Store.NO));
                        doc.add(new TextField("body", d.body(), Field.Store.NO));
                        w.addDocument(doc);
                    }
                }
                try (DirectoryReader reader = DirectoryReader.open(dir); PrintWriter pw = new PrintWriter(Files.newBufferedWriter(run, StandardCharsets.UTF_8))) {
                    IndexSearcher searcher = new IndexSearcher(reader);
                    searcher.setSimilarity(new BM25Similarity(1.2f, 0.75f));
                    for (Query q : queries) {
                        org.apache.lucene.search.Query lq = query(queryAnalyzer, q.text(), titleWeight, qtf, subwordBoost, bigramBoost);
                        ScoreDoc[] hits = searcher.search(lq, 100).scoreDocs;
                        for (int r = 0; r < hits.length; r++) {
                            String id = searcher.storedFields().document(hits[r].doc).get("id");
                            pw.printf("%s\t%s\t%d\t%.4f%n", q.id(), id, r + 1, hits[r].score);
                        }
                    }
                }
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            String score = score(data.resolve("eval").resolve(set).resolve("qrels.tsv"), run, data.resolve("eval").resolve("score.py"));
            lines.add(String.format("%-28s %-12s %s  (%.1fs, %d docs)", name, set, score, secs, corpus.size()));
            System.out.println(lines.get(lines.size() - 1));
        }
    }

    static Analyzer analyzer(String name, Map<String, String> opt) {
        switch (name) {
            case "smartcn":
                return new SmartChineseAnalyzer();
            case "cjk":
                return new CJKAnalyzer();
            case "tech": {
                SegmenterConfig cfg = SegmenterConfig.defaults();
                if (opt.containsKey("subwords")) {
                    cfg = cfg.withSubwords(SegmenterConfig.Subwords.valueOf(opt.get("subwords")));
                }
                if (opt.containsKey("hanlp-custom")) {
                    cfg = cfg.withHanLpCustomDictionary(Boolean.parseBoolean(opt.get("hanlp-custom")));
                }
                if (opt.containsKey("numbers")) {
                    cfg = cfg.withKeepNumbers(Boolean.parseBoolean(opt.get("numbers")));
                }
                if (opt.containsKey("latin-parts")) {
                    cfg = cfg.withLatinParts(Boolean.parseBoolean(opt.get("latin-parts")));
                }
                if (opt.containsKey("fragment-bigrams")) {
                    cfg = cfg.withFragmentBigrams(Boolean.parseBoolean(opt.get("fragment-bigrams")));
                }
                if (opt.containsKey("run-bigrams")) {
                    cfg = cfg.withRunBigrams(Boolean.parseBoolean(opt.get("run-bigrams")));
                }
                if (opt.containsKey("min-subword-parent")) {
                    cfg = cfg.withMinSubwordParent(Integer.parseInt(opt.get("min-subword-parent")));
                }
                String dict = opt.getOrDefault("dict", "shipped");
                String stop = opt.getOrDefault("stop", "shipped");
                TermDictionary td = dict.equals("none") ? TermDictionary.empty()
                        : dict.equals("shipped") ? TermDictionary.shipped() : TermDictionary.read(Path.of(dict));
                StopList sl = stop.equals("none") ? StopList.empty()
                        : stop.equals("shipped") ? StopList.shipped() : StopList.read(Path.of(stop));
                return new ChineseTechAnalyzer(new TextNormalizer(), new ChineseSegmenter(td, sl, cfg), sl);
            }
            default:
                throw new IllegalArgumentException("unknown analyzer " + name + " (tech, smartcn, cjk)");
        }
    }

    static org.apache.lucene.search.Query query(Analyzer analyzer, String text, double titleWeight, String qtf,
                                                double subwordBoost, double bigramBoost) throws IOException {
        Map<String, double[]> terms = new LinkedHashMap<>();
        try (TokenStream ts = analyzer.tokenStream("body", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                double w = "<SUBWORD>".equals(type.type()) ? subwordBoost : "<BIGRAM>".equals(type.type()) ? bigramBoost : 1.0;
                terms.computeIfAbsent(term.toString(), k -> new double[2]);
                double[] v = terms.get(term.toString());
                v[0] += 1;
                v[1] = Math.max(v[1], w);
            }
            ts.end();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Map.Entry<String, double[]> e : terms.entrySet()) {
            double f = e.getValue()[0];
            double w = switch (qtf) {
                case "raw" -> f;
                case "log" -> 1 + Math.log(f);
                case "one" -> 1;
                case "sat" -> 2.2 * f / (1.2 + f);
                default -> throw new IllegalArgumentException("qtf " + qtf);
            } * e.getValue()[1];
            b.add(new BoostQuery(new TermQuery(new Term("title", e.getKey())), (float) (w * titleWeight)), BooleanClause.Occur.SHOULD);
            b.add(new BoostQuery(new TermQuery(new Term("body", e.getKey())), (float) w), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    static List<Doc> devCorpus(Path data) throws IOException {
        List<Doc> docs = new ArrayList<>();
        JsonlReader.forEach(data.resolve("51jishu/achievements.jsonl"),
                r -> docs.add(new Doc(r.get("id").asText(), JsonlReader.text(r, "name"), JsonlReader.text(r, "context"))));
        JsonlReader.forEach(data.resolve("chinaxiv/abstracts.jsonl"),
                r -> docs.add(new Doc(r.get("id").asText(), JsonlReader.text(r, "title"), JsonlReader.text(r, "abstract"))));
        JsonlReader.forEach(data.resolve("csl/papers.jsonl"),
                r -> docs.add(new Doc(r.get("id").asText(), JsonlReader.text(r, "title"), JsonlReader.text(r, "abstract"))));
        return docs;
    }

    static List<Doc> reverseCorpus(Path data) throws IOException {
        List<Doc> docs = new ArrayList<>();
        JsonlReader.forEach(data.resolve("51jishu/demands.jsonl"),
                r -> docs.add(new Doc(r.get("id").asText(), JsonlReader.text(r, "name"), JsonlReader.text(r, "context"))));
        JsonlReader.forEach(data.resolve("haiyan/demands.jsonl"),
                r -> docs.add(new Doc(r.get("id").asText(), JsonlReader.text(r, "title"), JsonlReader.text(r, "detail"))));
        return docs;
    }

    static void checkIds(List<Doc> corpus, Path idsFile) throws IOException {
        Set<String> expected = new HashSet<>(Files.readAllLines(idsFile, StandardCharsets.UTF_8));
        expected.remove("");
        Set<String> actual = new HashSet<>();
        corpus.forEach(d -> actual.add(d.id()));
        if (!expected.equals(actual) || actual.size() != corpus.size()) {
            throw new IllegalStateException("corpus ids differ from " + idsFile + ": expected " + expected.size()
                    + ", built " + actual.size() + " unique of " + corpus.size());
        }
    }

    static List<Query> queries(Path file) throws IOException {
        List<Query> qs = new ArrayList<>();
        JsonlReader.forEach(file, r -> qs.add(new Query(r.get("id").asText(),
                JsonlReader.text(r, "title") + "\n" + JsonlReader.text(r, "text"))));
        return qs;
    }

    static String score(Path qrels, Path run, Path scorer) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", scorer.toString(), qrels.toString(), run.toString())
                .redirectErrorStream(true).start();
        String output;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            output = String.join(" ", r.lines().toList());
        }
        if (p.waitFor() != 0) {
            throw new IOException("score.py failed: " + output);
        }
        return output;
    }
}
