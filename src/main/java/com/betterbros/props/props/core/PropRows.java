package com.betterbros.props.props.core;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The rules both prop repositories share, so that memory and PostgreSQL behave identically:
 * which fields are required, how instants are rounded, and how an upsert is classified.
 */
public final class PropRows {

  /** What the store already holds for an id: all an upsert needs to classify it. */
  public record Known(Prop stored) {}

  /** The writes an upsert makes: final rows to insert and update, history points, and counts. */
  public record Plan(List<Prop> inserts, List<Prop> updates, List<LinePoint> points, UpsertCounts counts) {}

  private PropRows() {}

  /**
   * Validates every prop before anything is written, and normalises it: instants truncated to the
   * microsecond (PostgreSQL's precision), a null {@code updatedAt} set to {@code observedAt}.
   *
   * @throws IllegalArgumentException naming the first bad prop and field
   */
  public static List<Prop> normalize(List<Prop> props, Instant observedAt) {
    Objects.requireNonNull(props, "props");
    if (observedAt == null) {
      throw new IllegalArgumentException("observedAt is required");
    }
    List<Prop> rows = new ArrayList<>(props.size());
    for (int i = 0; i < props.size(); i++) {
      rows.add(normalize(props.get(i), i, observedAt));
    }
    return rows;
  }

  private static Prop normalize(Prop p, int index, Instant observedAt) {
    if (p == null) {
      throw new IllegalArgumentException("prop #" + index + " is null");
    }
    String where = "prop #" + index + " (" + p.id() + "): ";
    required(where, "id", p.id());
    required(where, "platform", p.platform());
    required(where, "sport", p.sport());
    required(where, "externalId", p.externalId());
    required(where, "playerId", p.playerId());
    required(where, "playerName", p.playerName());
    required(where, "statType", p.statType());
    required(where, "startTime", p.startTime());
    required(where, "status", p.status());
    if (!Double.isFinite(p.line())) {
      throw new IllegalArgumentException(where + "line must be finite, got " + p.line());
    }
    Double pTrue = p.trueProbOver();
    if (pTrue != null && !(pTrue >= 0.0 && pTrue <= 1.0)) {
      throw new IllegalArgumentException(where + "trueProbOver must be in [0, 1], got " + pTrue);
    }
    Instant start = micros(p.startTime());
    Instant updated = micros(p.updatedAt() == null ? observedAt : p.updatedAt());
    PropOutcome outcome = settledMicros(p.outcome());
    if (start.equals(p.startTime()) && updated.equals(p.updatedAt()) && outcome == p.outcome()) {
      return p;
    }
    return new Prop(p.id(), p.platform(), p.sport(), p.externalId(), p.playerId(), p.playerName(),
        p.team(), p.opponent(), p.gameId(), p.statType(), p.line(), start, p.status(), pTrue, updated,
        p.playerExternalId(), p.terms(), outcome);
  }

  /**
   * Classifies normalised rows in order against what is stored: an unknown id is inserted, a known
   * one that differs in anything but {@code updatedAt} (line, status, the canonical player or game
   * an identity fix gave it, payout terms) is updated, anything else is unchanged. A new prop and a line
   * change each add a point at {@code observedAt}. An id repeated in one call is classified
   * against its earlier occurrence, as if the rows were applied one by one.
   */
  public static Plan plan(List<Prop> rows, Map<String, Known> stored, Instant observedAt) {
    Instant at = micros(observedAt);
    Map<String, Known> known = new HashMap<>(stored);
    Set<String> fresh = new HashSet<>();
    Map<String, Prop> finalRows = new LinkedHashMap<>();
    List<LinePoint> points = new ArrayList<>();
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    for (Prop row : rows) {
      Known before = known.get(row.id());
      // a feed never carries an outcome: a stored one stays while the line stays (a moved line is
      // settled again by the next pass)
      Prop p = before != null && row.outcome() == null && Double.compare(before.stored().line(), row.line()) == 0
          ? row.withOutcome(before.stored().outcome()) : row;
      if (before == null) {
        inserted++;
        fresh.add(p.id());
        points.add(new LinePoint(p.id(), p.line(), at));
      } else if (Double.compare(before.stored().line(), p.line()) != 0) {
        updated++;
        points.add(new LinePoint(p.id(), p.line(), at));
      } else if (p.differsFrom(before.stored())) {
        updated++;
      } else {
        unchanged++;
        continue;
      }
      known.put(p.id(), new Known(p));
      finalRows.put(p.id(), p);
    }
    List<Prop> inserts = new ArrayList<>();
    List<Prop> updates = new ArrayList<>();
    finalRows.forEach((id, p) -> (fresh.contains(id) ? inserts : updates).add(p));
    return new Plan(inserts, updates, points, new UpsertCounts(inserted, updated, unchanged));
  }

  /** @throws IllegalArgumentException when the page window is negative */
  public static void checkWindow(PropQuery query) {
    Objects.requireNonNull(query, "query");
    if (query.limit() < 0 || query.offset() < 0) {
      throw new IllegalArgumentException(
          "limit and offset must be >= 0, got " + query.limit() + " and " + query.offset());
    }
  }

  /** The case folding of player-name search (Java's, so the database locale does not matter). */
  public static String fold(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  /** The outcome with its settlement time at PostgreSQL's precision (the same object when already so). */
  public static PropOutcome settledMicros(PropOutcome outcome) {
    if (outcome == null || micros(outcome.settledAt()).equals(outcome.settledAt())) {
      return outcome;
    }
    return new PropOutcome(outcome.result(), outcome.actual(), micros(outcome.settledAt()));
  }

  public static Instant micros(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * A query bound rounded up to the microsecond. Stored times are whole microseconds, so
   * {@code t >= b} exactly when {@code t >= ceil(b)} and {@code t < b} exactly when
   * {@code t < ceil(b)}: both stores then compare at the same precision.
   */
  public static Instant ceilMicros(Instant bound) {
    if (bound == null) {
      return null;
    }
    Instant down = micros(bound);
    return down.equals(bound) ? down : down.plus(1, ChronoUnit.MICROS);
  }

  private static void required(String where, String field, Object value) {
    if (value == null) {
      throw new IllegalArgumentException(where + field + " is required");
    }
  }
}
