package com.betterbros.props.history.core;

import com.betterbros.props.store.SaveCounts;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The rules both history repositories share: required fields (the schema's NOT NULL columns),
 * instants truncated to PostgreSQL's microsecond, how a save merges into what is stored, and the
 * list orders.
 */
public final class HistoryRows {

  /** Games: date, then id. */
  public static final Comparator<Game> GAME_ORDER =
      Comparator.comparing(Game::date).thenComparing(Game::id);

  /** Box scores: date, then player id (the natural key); then game id for a stable order. */
  public static final Comparator<PlayerGameStat> STAT_ORDER = Comparator.comparing(PlayerGameStat::date)
      .thenComparing(PlayerGameStat::playerId);

  /** The natural key of a box score. */
  public record StatKey(String playerId, LocalDate date) {
    public static StatKey of(PlayerGameStat s) {
      return new StatKey(s.playerId(), s.date());
    }
  }

  /** What a save writes: the merged rows that differ from the store, and the counts. */
  public record Merge<T>(List<T> writes, SaveCounts counts) {}

  private HistoryRows() {}

  /**
   * Checks (and normalises) every row before any is written.
   *
   * @throws IllegalArgumentException naming the first bad row and field
   */
  public static <T> List<T> checked(List<T> rows, String what, UnaryOperator<T> check) {
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

  /**
   * Merges checked rows, in order, into what is stored ({@code stored} maps a key to the stored
   * row, absent when new): a repeated key merges onto its earlier occurrence. Rows equal to what
   * is stored are not written.
   */
  public static <K, T> Merge<T> merge(List<T> rows, Function<T, K> key, Map<K, T> stored,
      java.util.function.BinaryOperator<T> mergedOnto) {
    Map<K, T> merged = new LinkedHashMap<>();
    for (T row : rows) {
      K k = key.apply(row);
      T before = merged.containsKey(k) ? merged.get(k) : stored.get(k);
      merged.put(k, before == null ? row : mergedOnto.apply(row, before));
    }
    List<T> writes = new ArrayList<>();
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    for (Map.Entry<K, T> e : merged.entrySet()) {
      T before = stored.get(e.getKey());
      if (before == null) {
        inserted++;
        writes.add(e.getValue());
      } else if (!before.equals(e.getValue())) {
        updated++;
        writes.add(e.getValue());
      } else {
        unchanged++;
      }
    }
    return new Merge<>(writes, new SaveCounts(inserted, updated, unchanged));
  }

  /** A player saved over the stored one: a null team or position keeps the stored value. */
  public static Player mergedPlayer(Player fresh, Player older) {
    return new Player(fresh.id(), fresh.name(),
        fresh.teamId() != null ? fresh.teamId() : older.teamId(),
        fresh.position() != null ? fresh.position() : older.position());
  }

  public static Team team(Team t) {
    required("id", t.id());
    required("sport", t.sport());
    required("city", t.city());
    required("name", t.name());
    finite("latitude", t.latitude());
    finite("longitude", t.longitude());
    return t;
  }

  public static Player player(Player p) {
    required("id", p.id());
    required("name", p.name());
    return p;
  }

  public static Game game(Game g) {
    required("id", g.id());
    required("sport", g.sport());
    required("date", g.date());
    required("homeTeam", g.homeTeam());
    required("awayTeam", g.awayTeam());
    required("status", g.status());
    if (g.homeTeam().equals(g.awayTeam())) {
      throw new IllegalArgumentException("a team cannot play itself (" + g.homeTeam() + ")");
    }
    if (g.pace() != null) {
      finite("pace", g.pace());
    }
    if (g.startTime() == null) {
      return g;
    }
    var start = g.startTime().truncatedTo(ChronoUnit.MICROS);
    return start.equals(g.startTime()) ? g : g.withStartTime(start);
  }

  public static PlayerGameStat stat(PlayerGameStat s) {
    required("playerId", s.playerId());
    required("date", s.date());
    if ((s.teamId() == null) != (s.opponentId() == null)) {
      throw new IllegalArgumentException("team and opponent are known together or not at all");
    }
    return s;
  }

  /** Whether a date lies within inclusive bounds, a null bound being open. */
  public static boolean within(LocalDate date, LocalDate from, LocalDate to) {
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
