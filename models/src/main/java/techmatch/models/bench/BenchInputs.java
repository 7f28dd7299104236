package techmatch.models.bench;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Realistic benchmark inputs: prefixes of real achievement, paper and demand descriptions cut so that each has a
 * given number of tokens (with [CLS] and [SEP]).
 */
final class BenchInputs {

    private final HuggingFaceTokenizer tokenizer;
    private final List<String> pool;

    BenchInputs(Path tokenizerJson, Path datasets) throws IOException {
        this.tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson,
                Map.of("addSpecialTokens", "true", "truncation", "false", "padding", "false"));
        // Interleave the corpora so that every sample mixes platform listings and paper abstracts.
        List<List<String>> sources = List.of(Corpus.JISHU_ACHIEVEMENTS.read(datasets), Corpus.CHINAXIV.read(datasets),
                Corpus.CSL.read(datasets), Corpus.JISHU_DEMANDS.read(datasets));
        this.pool = new ArrayList<>();
        int longest = sources.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < longest; i++) {
            for (List<String> s : sources) {
                if (i < s.size()) {
                    pool.add(s.get(i));
                }
            }
        }
    }

    /** {@code count} texts of exactly {@code tokens} tokens each (when re-tokenised), in corpus order. */
    List<String> cut(int count, int tokens) {
        List<String> out = new ArrayList<>(count);
        for (String text : pool) {
            if (out.size() == count) {
                break;
            }
            Encoding e = tokenizer.encode(text);
            if (e.getIds().length < tokens) {
                continue;
            }
            CharSpan[] spans = e.getCharTokenSpans();
            // spans[0] is [CLS]; the last content token kept is number tokens - 2.
            CharSpan last = spans[tokens - 2];
            if (last == null) {
                continue;
            }
            String prefix = text.substring(0, last.getEnd());
            if (tokenizer.encode(prefix).getIds().length == tokens) {
                out.add(prefix);
            }
        }
        if (out.size() < count) {
            throw new IllegalStateException("only " + out.size() + " texts have " + tokens + " tokens");
        }
        return out;
    }

    /** The first {@code count} texts as they are (natural length mix). */
    List<String> natural(int count) {
        return new ArrayList<>(pool.subList(0, Math.min(count, pool.size())));
    }

    int tokens(String text) {
        return tokenizer.encode(text).getIds().length;
    }

    void close() {
        tokenizer.close();
    }
}
