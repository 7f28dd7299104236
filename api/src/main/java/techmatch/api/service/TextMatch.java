package techmatch.api.service;

import techmatch.core.match.Direction;
import techmatch.core.record.Language;

/** A match for text that is not stored ({@code POST /match}); {@code language} null means detect it. */
public record TextMatch(Direction direction, String title, String text, Language language, MatchOptions options) {}
