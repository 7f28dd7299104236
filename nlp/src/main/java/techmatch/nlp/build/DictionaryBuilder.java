package techmatch.nlp.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import techmatch.nlp.ChineseSegmenter;
import techmatch.nlp.DocumentFrequencies;
import techmatch.nlp.SegmenterConfig;
import techmatch.nlp.StopList;
import techmatch.nlp.TermDictionary;
import techmatch.nlp.TextNormalizer;
import techmatch.nlp.Token;

/**
 * Builds the shipped technical-term dictionary, the DF-derived stop list and the DF table from raw files.
 * Reads JSONL fields by name and nothing else; see nlp/README.md for the exact command.
 *
 * <pre>
 * --keywords FILE:FIELD     keyword lists (array or delimited string), kept when found in ≥ --min-support texts
 * --labels FILE:FIELD       category labels ("新材料-膜材料"): each level and its coordinated parts
 * --names FILE:FIELD        a JSON array of objects (technical-areas.json): the FIELD of each
 * --text FILE:F1,F2         documents (fields joined); each file is one source for per-source DF
 * --out DIR                 where tech-terms.txt, stopwords.txt, df.tsv are written
 * </pre>
 */
public final class DictionaryBuilder {
    record FieldSpec(Path file, List<String> fields) {
        static FieldSpec parse(String option, String spec) {
            int colon = spec.lastIndexOf(':');
            if (colon <= 0 || colon == spec.length() - 1) {
                throw new IllegalArgumentException(option + " expects FILE:FIELD[,FIELD], got '" + spec + "'");
            }
            return new FieldSpec(Path.of(spec.substring(0, colon)), List.of(spec.substring(colon + 1).split(",")));
        }
    }

    record Settings(int minSupport, int minKeywordChars, int maxKeywordChars, int ngramMinDocs, double ngramPmi,
                    double ngramEntropy, int ngramMaxChars, double stopShare, double stopMeanShare, int minDf) {
    }

    private final TextNormalizer normalizer = new TextNormalizer();
    private final Settings settings;

    DictionaryBuilder(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws IOException {
        List<FieldSpec> keywords = new ArrayList<>();
        List<FieldSpec> labels = new ArrayList<>();
        List<FieldSpec> names = new ArrayList<>();
        List<FieldSpec> texts = new ArrayList<>();
        Path out = null;
        Map<String, String> numbers = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(a + " needs a value");
            }
            String v = args[++i];
            switch (a) {
                case "--keywords" -> keywords.add(FieldSpec.parse(a, v));
                case "--labels" -> labels.add(FieldSpec.parse(a, v));
                case "--names" -> names.add(FieldSpec.parse(a, v));
                case "--text" -> texts.add(FieldSpec.parse(a, v));
                case "--out" -> out = Path.of(v);
                default -> {
                    if (!a.startsWith("--")) {
                        throw new IllegalArgumentException("unexpected argument " + a);
                    }
                    numbers.put(a.substring(2), v);
                }
            }
        }
        if (out == null || texts.isEmpty()) {
            throw new IllegalArgumentException("need --out DIR and at least one --text FILE:FIELDS");
        }
        Settings s = new Settings(
                Integer.parseInt(numbers.getOrDefault("min-support", "2")),
                Integer.parseInt(numbers.getOrDefault("min-keyword-chars", "2")),
                Integer.parseInt(numbers.getOrDefault("max-keyword-chars", "10")),
                Integer.parseInt(numbers.getOrDefault("ngram-min-docs", "8")),
                Double.parseDouble(numbers.getOrDefault("ngram-pmi", "2.5")),
                Double.parseDouble(numbers.getOrDefault("ngram-entropy", "1.5")),
                Integer.parseInt(numbers.getOrDefault("ngram-max-chars", "8")),
                Double.parseDouble(numbers.getOrDefault("stop-share", "0.1")),
                Double.parseDouble(numbers.getOrDefault("stop-mean-share", "0.03")),
                Integer.parseInt(numbers.getOrDefault("min-df", "2")));
        new DictionaryBuilder(s).run(keywords, labels, names, texts, out, String.join(" ", args));
    }

    void run(List<FieldSpec> keywordSpecs, List<FieldSpec> labelSpecs, List<FieldSpec> nameSpecs,
             List<FieldSpec> textSpecs, Path out, String commandLine) throws IOException {
        // 1. Corpus, normalised, grouped by source file.
        Map<String, List<String>> sources = new LinkedHashMap<>();
        for (FieldSpec spec : textSpecs) {
            List<String> docs = sources.computeIfAbsent(spec.file().getFileName() + ":" + String.join("+", spec.fields()), k -> new ArrayList<>());
            JsonlReader.forEach(spec.file(), r -> {
                StringBuilder sb = new StringBuilder();
                for (String f : spec.fields()) {
                    sb.append(JsonlReader.text(r, f)).append('\n');
                }
                docs.add(normalizer.normalize(sb.toString()));
            });
            progress("read %s: %d documents", spec.file(), docs.size());
        }
        List<String> allDocs = new ArrayList<>();
        sources.values().forEach(allDocs::addAll);

        // 2. Candidate terms from keywords (need corpus support), labels and area names (curated, kept).
        Map<String, Set<String>> origin = new TreeMap<>();
        Set<String> keywordCandidates = new TreeSet<>();
        for (FieldSpec spec : keywordSpecs) {
            for (String field : spec.fields()) {
                JsonlReader.forEach(spec.file(), r -> {
                    for (String raw : JsonlReader.values(r, field)) {
                        for (String k : KeywordCleaner.keywords(normalizer.normalize(raw))) {
                            if (acceptable(k)) {
                                keywordCandidates.add(k);
                                origin.computeIfAbsent(k, x -> new TreeSet<>()).add("keyword:" + spec.file().getParent().getFileName());
                            }
                        }
                    }
                });
            }
        }
        Set<String> curated = new TreeSet<>();
        for (FieldSpec spec : labelSpecs) {
            for (String field : spec.fields()) {
                JsonlReader.forEach(spec.file(), r -> {
                    for (String raw : JsonlReader.values(r, field)) {
                        for (String p : KeywordCleaner.labelParts(normalizer.normalize(raw))) {
                            if (hasHan(p) && p.length() >= 2) {
                                curated.add(p);
                                origin.computeIfAbsent(p, x -> new TreeSet<>()).add("label:" + field);
                            }
                        }
                    }
                });
            }
        }
        for (FieldSpec spec : nameSpecs) {
            JsonNode doc = JsonlReader.readDocument(spec.file());
            if (!doc.isArray()) {
                throw new IOException(spec.file() + ": expected a JSON array of objects");
            }
            for (JsonNode item : doc) {
                for (String field : spec.fields()) {
                    for (String p : KeywordCleaner.labelParts(normalizer.normalize(JsonlReader.text(item, field)))) {
                        if (hasHan(p) && p.length() >= 2) {
                            curated.add(p);
                            origin.computeIfAbsent(p, x -> new TreeSet<>()).add("area:" + spec.file().getFileName());
                        }
                    }
                }
            }
        }
        progress("%d keyword candidates, %d label/area terms", keywordCandidates.size(), curated.size());
        Map<String, Integer> support = substringSupport(keywordCandidates, allDocs);
        Set<String> terms = new TreeSet<>(curated);
        for (String k : keywordCandidates) {
            if (support.getOrDefault(k, 0) >= settings.minSupport()) {
                terms.add(k);
            }
        }
        progress("%d keywords found in >= %d texts", terms.size() - curated.size(), settings.minSupport());

        // 3. Cohesive n-grams the segmenter (with the terms so far) still splits.
        ChineseSegmenter base = new ChineseSegmenter(new TermDictionary(terms),
                SegmenterConfig.defaults().withSubwords(SegmenterConfig.Subwords.NONE));
        CohesiveNgramMiner miner = new CohesiveNgramMiner(3, settings.ngramMaxChars());
        List<List<List<String>>> runsPerDoc = new ArrayList<>(allDocs.size());
        for (String d : allDocs) {
            runsPerDoc.add(hanRuns(base, d));
        }
        List<String> sourceNames = new ArrayList<>(sources.keySet());
        int[] sizes = new int[sourceNames.size()];
        Map<String, int[]> baseDf = wordDfPerSource(base, sources, sizes);
        // An n-gram with a function word or boilerplate inside is a phrase, not a term ("一直是", "上述结果"),
        // and one that starts or ends with a common general word is a fragment ("材料的制备").
        Set<String> inner = stopWords(baseDf, sizes, settings.stopShare(), settings.stopMeanShare()).keySet();
        Set<String> edges = stopWords(baseDf, sizes, settings.stopShare() / 2, settings.stopMeanShare() / 2).keySet();
        for (List<List<String>> runs : runsPerDoc) {
            miner.nextDocument();
            runs.forEach(miner::count);
        }
        miner.prune(settings.ngramMinDocs(), 3);
        for (List<List<String>> runs : runsPerDoc) {
            miner.nextDocument();
            runs.forEach(miner::context);
        }
        runsPerDoc.clear();
        List<CohesiveNgramMiner.Candidate> mined = miner.candidates(settings.ngramPmi(), settings.ngramEntropy());
        int minedAdded = 0;
        for (CohesiveNgramMiner.Candidate c : mined) {
            List<String> parts = c.parts();
            if (parts.stream().anyMatch(inner::contains) || edges.contains(parts.get(0))
                    || edges.contains(parts.get(parts.size() - 1))
                    || parts.stream().anyMatch(DictionaryBuilder::isFunctionWord) || isNumeral(parts.get(0))) {
                continue;
            }
            if (terms.add(c.term())) {
                origin.computeIfAbsent(c.term(), x -> new TreeSet<>()).add(String.format(Locale.ROOT, "ngram:docs=%d,pmi=%.1f,be=%.1f",
                        c.docs(), c.pmi(), Math.min(c.leftEntropy(), c.rightEntropy())));
                minedAdded++;
            }
        }
        progress("%d cohesive n-grams added (docs >= %d, PMI >= %.1f, branching entropy >= %.1f)", minedAdded,
                settings.ngramMinDocs(), settings.ngramPmi(), settings.ngramEntropy());

        // 4. Document frequencies under the final segmentation, per source.
        ChineseSegmenter finalSeg = new ChineseSegmenter(new TermDictionary(terms), SegmenterConfig.defaults());
        Map<String, int[]> dfPerSource = wordDfPerSource(finalSeg, sources, sizes);
        Map<String, Integer> dfAll = new HashMap<>();
        for (String d : allDocs) {
            Set<String> seen = new HashSet<>();
            for (Token t : finalSeg.segment(d)) {
                if (t.kind() != Token.Kind.NUMBER && t.kind() != Token.Kind.BIGRAM && seen.add(t.text())) {
                    dfAll.merge(t.text(), 1, Integer::sum);
                }
            }
        }

        // 5. Stop list: words that occur in a large share of some source's documents and are common across
        // sources on average, i.e. listing boilerplate and function words rather than one field's topic.
        List<StopCandidate> stops = new ArrayList<>(stopWords(dfPerSource, sizes, settings.stopShare(), settings.stopMeanShare()).values());
        stops.sort(Comparator.comparingDouble(StopCandidate::max).reversed().thenComparing(StopCandidate::term));
        progress("%d stop words (max share >= %.2f, mean share >= %.2f over %d sources)", stops.size(),
                settings.stopShare(), settings.stopMeanShare(), sizes.length);

        // 6. Write.
        Files.createDirectories(out);
        String header = "# built by techmatch.nlp.build.DictionaryBuilder " + commandLine.replace('\n', ' ');
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve(Path.of(TermDictionary.RESOURCE).getFileName()), StandardCharsets.UTF_8))) {
            w.println(header);
            w.println("# term\torigins\tdocuments containing it (whole corpus, substring)");
            Map<String, Integer> termSupport = substringSupport(terms, allDocs);
            for (String t : terms) {
                w.println(t + "\t" + String.join(";", origin.getOrDefault(t, Set.of())) + "\t" + termSupport.getOrDefault(t, 0));
            }
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve(Path.of(StopList.RESOURCE).getFileName()), StandardCharsets.UTF_8))) {
            w.println(header);
            w.println("# term\tmax share of a source's documents\tmean share\tper-source shares: " + String.join(", ", sourceNames));
            for (StopCandidate c : stops) {
                StringBuilder sb = new StringBuilder();
                for (double d : c.shares()) {
                    sb.append(sb.length() == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.3f", d));
                }
                w.printf(Locale.ROOT, "%s\t%.3f\t%.3f\t%s%n", c.term(), c.max(), c.mean(), sb);
            }
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve(Path.of(DocumentFrequencies.RESOURCE).getFileName()), StandardCharsets.UTF_8))) {
            w.println(header);
            w.println(DocumentFrequencies.DOCS_KEY + "\t" + allDocs.size());
            dfAll.entrySet().stream()
                    .filter(e -> e.getValue() >= settings.minDf())
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> w.println(e.getKey() + "\t" + e.getValue()));
        }
        progress("wrote %s: %d terms, %d stop words, df of %d terms", out, terms.size(), stops.size(),
                dfAll.values().stream().filter(v -> v >= settings.minDf()).count());
    }

    record StopCandidate(String term, double max, double mean, double[] shares) {
    }

    /** Words whose document share is at least {@code maxShare} in some source and {@code meanShare} on average. */
    static Map<String, StopCandidate> stopWords(Map<String, int[]> dfPerSource, int[] sizes, double maxShare, double meanShare) {
        Map<String, StopCandidate> out = new HashMap<>();
        for (Map.Entry<String, int[]> e : dfPerSource.entrySet()) {
            double[] shares = new double[sizes.length];
            double max = 0;
            double mean = 0;
            for (int s = 0; s < sizes.length; s++) {
                shares[s] = (double) e.getValue()[s] / sizes[s];
                max = Math.max(max, shares[s]);
                mean += shares[s] / sizes.length;
            }
            if (max >= maxShare && mean >= meanShare) {
                out.put(e.getKey(), new StopCandidate(e.getKey(), max, mean, shares));
            }
        }
        return out;
    }

    /** Per source, the number of documents in which each WORD token occurs; fills {@code sizes}. */
    private static Map<String, int[]> wordDfPerSource(ChineseSegmenter seg, Map<String, List<String>> sources, int[] sizes) {
        Map<String, int[]> df = new HashMap<>();
        int s = 0;
        for (List<String> docs : sources.values()) {
            sizes[s] = docs.size();
            for (String d : docs) {
                Set<String> seen = new HashSet<>();
                for (Token t : seg.segment(d)) {
                    if (t.kind() == Token.Kind.WORD && seen.add(t.text())) {
                        df.computeIfAbsent(t.text(), k -> new int[sources.size()])[s]++;
                    }
                }
            }
            s++;
        }
        return df;
    }

    /**
     * Adverbs, pronouns, prepositions, conjunctions, particles and interjections by their primary part of speech in
     * HanLP's core dictionary: an n-gram containing one is a phrase (不断提升, 鉴于此, 这可能), not a term.
     */
    static boolean isFunctionWord(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null || a.nature.length == 0) {
            return false;
        }
        char pos = a.nature[0].toString().charAt(0);
        return pos == 'd' || pos == 'r' || pos == 'p' || pos == 'c' || pos == 'u' || pos == 'y' || pos == 'e' || pos == 'o';
    }

    private static boolean isNumeral(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        return a != null && a.nature.length > 0 && a.nature[0].toString().charAt(0) == 'm';
    }

    private boolean acceptable(String k) {
        if (k.length() < settings.minKeywordChars() || k.length() > settings.maxKeywordChars() || !hasHan(k)) {
            return false;
        }
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.codePointAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }

    /** Word runs of a text: consecutive WORD tokens of Han text with nothing between them. */
    private static List<List<String>> hanRuns(ChineseSegmenter seg, String text) {
        List<List<String>> runs = new ArrayList<>();
        List<String> run = new ArrayList<>();
        int lastEnd = -1;
        for (Token t : seg.segment(text)) {
            if (t.kind() != Token.Kind.WORD) {
                continue;
            }
            boolean han = hasHan(t.text());
            if (!han || t.start() != lastEnd) {
                if (run.size() > 1) {
                    runs.add(run);
                }
                run = new ArrayList<>();
            }
            if (han) {
                run.add(t.text());
            }
            lastEnd = t.end();
        }
        if (run.size() > 1) {
            runs.add(run);
        }
        return runs;
    }

    /** Number of documents containing each term as a substring (Aho–Corasick over the corpus). */
    private static Map<String, Integer> substringSupport(Set<String> terms, List<String> docs) {
        TreeMap<String, Integer> map = new TreeMap<>();
        List<String> index = new ArrayList<>(terms);
        for (int i = 0; i < index.size(); i++) {
            map.put(index.get(i), i);
        }
        AhoCorasickDoubleArrayTrie<Integer> trie = new AhoCorasickDoubleArrayTrie<>(map);
        int[] counts = new int[index.size()];
        int[] lastDoc = new int[index.size()];
        Arrays.fill(lastDoc, -1);
        for (int d = 0; d < docs.size(); d++) {
            final int doc = d;
            trie.parseText(docs.get(d), (begin, end, value) -> {
                if (lastDoc[value] != doc) {
                    lastDoc[value] = doc;
                    counts[value]++;
                }
            });
        }
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < index.size(); i++) {
            out.put(index.get(i), counts[i]);
        }
        return out;
    }

    private static void progress(String format, Object... args) {
        System.err.printf(Locale.ROOT, "[dictionary] " + format + "%n", args);
    }
}
