package techmatch.nlp.build;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns raw keyword fields and category labels into candidate terms. Keyword fields in the wild mix separators
 * (；, ，, 、, spaces) and trailing catalogue data ("分类号：TP393", "DOI: …", "Key words: …"); labels join levels
 * with dashes ("新材料-膜材料", "制造业——纺织业"). Input is already normalised (half-width, lower-case).
 */
final class KeywordCleaner {
    /** Everything from a catalogue marker on is not a keyword. */
    private static final Pattern TRAILER = Pattern.compile(
            "(中图分类号|分类号|文献标识码|文献标志码|doi|key\\s*words|keywords|abstract|基金项目|作者简介).*$");
    private static final Pattern KEYWORD_SEPARATORS = Pattern.compile("[;,、\\s|/]+");
    private static final Pattern LABEL_LEVELS = Pattern.compile("[-—–]+|[;,、/]+|\\s+");
    private static final Pattern LEADING_LABEL = Pattern.compile("^(关键词|关键字)[:]?");

    private KeywordCleaner() {
    }

    static List<String> keywords(String raw) {
        String s = LEADING_LABEL.matcher(TRAILER.matcher(raw).replaceFirst("")).replaceFirst("");
        List<String> out = new ArrayList<>();
        for (String part : KEYWORD_SEPARATORS.split(s)) {
            String t = trimPunctuation(part);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Each level of a label, and the coordinated parts of a level ("纳米及超细材料" → also 纳米, 超细材料). */
    static List<String> labelParts(String raw) {
        List<String> out = new ArrayList<>();
        for (String level : LABEL_LEVELS.split(raw)) {
            String t = trimPunctuation(level);
            if (t.isEmpty()) {
                continue;
            }
            out.add(t);
            for (String part : t.split("[及与和、]")) {
                String p = trimPunctuation(part);
                if (!p.isEmpty() && !p.equals(t)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private static String trimPunctuation(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && !Character.isLetterOrDigit(s.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }
}
