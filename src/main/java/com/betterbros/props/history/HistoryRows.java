package com.betterbros.props.history;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The rules both history repositories share: required fields (the schema's NOT NULL columns),
 * instants truncated to PostgreSQL's microsecond, and the list orders.
 */
final class HistoryRows {

  /** Games: date, then id. */
  static final Comparator<Game> GAME_ORDER =
      Comparator.comparing(Game::date).thenComparing(Game::id);

  /** Box scores: date, then game id, then player id. */
  static final Comparator<PlayerGameStat> STAT_ORDER = Comparator.comparing(PlayerGameStat::date)
      .thenComparing(PlayerGameStat::gameId)
      .thenComparing(PlayerGameStat::playerId);

  private HistoryRows() {}

  /**
   * Checks (and normalises) every row before any is written.
   *
   * @throws IllegalArgumentException naming the first bad row and field
   */
  static <T> List<T> checked(List<T> rows, String what, UnaryOperator<T> check) {
    Objects.requireNonNull(rows, what + "s");
    List<T> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      T row = rows.get(i);
      if (row == null) {
        throw new IllegalArgumentException(what + " #" + i + " is null");
      }
      try {
        out.add(check.apply(row));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(what + " #" + i + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  static Team team(Team t) {
    required("id", t.id());
    required("sport", t.sport());
    required("city", t.city());
    required("name", t.name());
    finite("latitude", t.latitude());
    finite("longitude", t.longitude());
    return t;
  }

  static Player player(Player p) {
    required("id", p.id());
    required("name", p.name());
    return p;
  }

  static Game game(Game g) {
    required("id", g.id());
    required("sport", g.sport());
    required("date", g.date());
    required("startTime", g.startTime());
    required("homeTeam", g.homeTeam());
    required("awayTeam", g.awayTeam());
    required("status", g.status());
    if (g.pace() != null) {
      finite("pace", g.pace());
    }
    var start = g.startTime().truncatedTo(ChronoUnit.MICROS);
    return start.equals(g.startTime()) ? g : new Game(g.id(), g.sport(), g.date(), start,
        g.homeTeam(), g.awayTeam(), g.homeRestDays(), g.awayRestDays(), g.homeScore(),
        g.awayScore(), g.pace(), g.status());
  }

  static PlayerGameStat stat(PlayerGameStat s) {
    required("playerId", s.playerId());
    required("gameId", s.gameId());
    required("teamId", s.teamId());
    required("opponentId", s.opponentId());
    required("date", s.date());
    finite("minutes", s.minutes());
    return s;
  }

  /** Whether a date lies within inclusive bounds, a null bound being open. */
  static boolean within(LocalDate date, LocalDate from, LocalDate to) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }

  private static void required(String field, Object value) {
    if (value == null) {
      throw new IllegalArgumentException(field + " is required");
    }
  }

  private static void finite(String field, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(field + " must be finite, got " + value);
    }
  }
}
