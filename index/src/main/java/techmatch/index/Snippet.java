package techmatch.index;

import java.util.List;

/**
 * A passage of a stored text field with the spans that matched the query.
 *
 * @param startOffset where {@code text} starts in the field value (UTF-16 chars, like {@link String#substring})
 * @param matches     non-overlapping, ascending spans relative to {@code text}
 */
public record Snippet(String text, int startOffset, List<Span> matches) {

  public record Span(int start, int end) {
    public Span {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
      }
    }
  }

  public Snippet {
    matches = List.copyOf(matches);
  }

  /** The passage with each match wrapped in {@code pre}/{@code post}; the text itself is not escaped. */
  public String marked(String pre, String post) {
    StringBuilder sb = new StringBuilder(text.length() + matches.size() * (pre.length() + post.length()));
    int at = 0;
    for (Span s : matches) {
      sb.append(text, at, s.start()).append(pre).append(text, s.start(), s.end()).append(post);
      at = s.end();
    }
    return sb.append(text, at, text.length()).toString();
  }

  /** HTML-escaped passage with matches in {@code <em>…</em>}, safe to put into a page. */
  public String html() {
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (Span s : matches) {
      escape(text.substring(at, s.start()), sb);
      sb.append("<em>");
      escape(text.substring(s.start(), s.end()), sb);
      sb.append("</em>");
      at = s.end();
    }
    escape(text.substring(at), sb);
    return sb.toString();
  }

  private static void escape(String s, StringBuilder sb) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
  }
}
