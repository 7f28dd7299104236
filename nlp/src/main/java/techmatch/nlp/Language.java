package techmatch.nlp;

/** The language of a text as far as analysis is concerned. */
public enum Language {
    /** Chinese, possibly with a few Latin terms (5G, PM2.5). */
    ZH("zh"),
    /** English (no or hardly any Chinese characters). */
    EN("en"),
    /** Both scripts carry substantial content; analysed as Chinese, which also keeps Latin tokens. */
    MIXED("mixed");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The lower-case code used in records: {@code zh}, {@code en} or {@code mixed}. */
    public String code() {
        return code;
    }

    /** Parses a record's language code; unknown codes are an error naming the value. */
    public static Language fromCode(String code) {
        for (Language l : values()) {
            if (l.code.equalsIgnoreCase(code)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown language code '" + code + "' (expected zh, en or mixed)");
    }
}
