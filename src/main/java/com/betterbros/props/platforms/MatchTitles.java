package com.betterbros.props.platforms;

import java.util.Optional;

/**
 * Splits Underdog game titles into their two sides. Team sports read {@code "CIN @ PIT"} or
 * {@code "Arsenal @ Liverpool"} (away @ home); esports read {@code "Val: Galakticos vs. Fenerbahçe
 * Esports"} (a title prefix, then away vs. home: in the fixture "Team Tickles" is listed first in
 * both of its games and is the {@code away_team_id} of both).
 */
final class MatchTitles {

  /** The two sides of a game as the title names them. */
  record Sides(String away, String home) {
  }

  private MatchTitles() {
  }

  /** The away and home names in {@code title}, or empty if it has neither " @ " nor " vs. ". */
  static Optional<Sides> parse(String title) {
    if (title == null) {
      return Optional.empty();
    }
    int at = title.indexOf(" @ ");
    if (at >= 0) {
      return sides(title.substring(0, at), title.substring(at + 3));
    }
    String separator = title.contains(" vs. ") ? " vs. " : " vs ";
    int vs = title.indexOf(separator);
    if (vs < 0) {
      return Optional.empty();
    }
    String away = title.substring(0, vs);
    int prefixEnd = away.indexOf(": ");
    if (prefixEnd >= 0) {
      away = away.substring(prefixEnd + 2);
    }
    return sides(away, title.substring(vs + separator.length()));
  }

  private static Optional<Sides> sides(String away, String home) {
    String a = away.strip();
    String h = home.strip();
    return a.isEmpty() || h.isEmpty() ? Optional.empty() : Optional.of(new Sides(a, h));
  }
}
