package techmatch.nlp;

/**
 * Script-ratio language detection: counts Han characters against Latin words. A Han character carries roughly
 * the content of one Latin word in technical text, so the comparison is character-to-word. Stateless and
 * thread-safe.
 */
public final class LanguageDetector {
    private final double zhShare;
    private final double enShare;

    /** Defaults tuned on the datasets: Chinese listings with Latin terms stay ZH, techtransfer-en is EN. */
    public LanguageDetector() {
        this(0.6, 0.05);
    }

    /**
     * @param zhShare Han share (of Han characters + Latin words) at or above which a text is {@link Language#ZH}
     * @param enShare Han share below which a text is {@link Language#EN}; between the two it is {@link Language#MIXED}
     */
    public LanguageDetector(double zhShare, double enShare) {
        if (!(enShare >= 0 && enShare < zhShare && zhShare <= 1)) {
            throw new IllegalArgumentException("need 0 <= enShare < zhShare <= 1, got " + enShare + ", " + zhShare);
        }
        this.zhShare = zhShare;
        this.enShare = enShare;
    }

    public Language detect(CharSequence text) {
        long han = 0;
        long latinWords = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (isHan(cp)) {
                han++;
                inWord = false;
            } else if (isLatinLetter(cp)) {
                if (!inWord) {
                    latinWords++;
                    inWord = true;
                }
            } else if (!(inWord && (Character.isDigit(cp) || cp == '\'' || cp == '-'))) {
                inWord = false;
            }
        }
        if (han + latinWords == 0) {
            // Digits and punctuation only: the Chinese analyzer handles those as well as the English one.
            return Language.ZH;
        }
        double share = (double) han / (han + latinWords);
        if (share >= zhShare) {
            return Language.ZH;
        }
        return share < enShare ? Language.EN : Language.MIXED;
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static boolean isLatinLetter(int cp) {
        return cp < 0x80 ? (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z'
                : Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }
}
