package com.betterbros.props.context.core;

import com.betterbros.props.store.SaveCounts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The rules both context repositories share: required fields, key checks and the injury order. */
public final class ContextRows {

  /** Injuries: start date, then player id. */
  public static final Comparator<Injury> INJURY_ORDER =
      Comparator.comparing(Injury::startDate).thenComparing(Injury::playerId);

  private ContextRows() {}

  /**
   * Checks every injury before any is written: the schema's NOT NULL columns, and an end date
   * not before the start date.
   *
   * @throws IllegalArgumentException naming the first bad injury and field
   */
  /**
   * How a batch of spells lands on the stored spells with its keys (player, start): inserted when
   * the key is new, unchanged when the stored spell equals it, else updated; a key repeated in
   * the batch counts against the batch's earlier spell, as the upserts apply in order.
   */
  public static SaveCounts counts(List<Injury> batch, List<Injury> stored) {
    Map<String, Injury> byKey = new HashMap<>();
    stored.forEach(s -> byKey.put(key(s), s));
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    for (Injury i : batch) {
      Injury before = byKey.put(key(i), i);
      if (before == null) {
        inserted++;
      } else if (before.equals(i)) {
        unchanged++;
      } else {
        updated++;
      }
    }
    return new SaveCounts(inserted, updated, unchanged);
  }

  private static String key(Injury i) {
    return i.playerId() + "|" + i.startDate();
  }

  public static List<Injury> checked(List<Injury> injuries) {
    Objects.requireNonNull(injuries, "injuries");
    List<Injury> out = new ArrayList<>(injuries.size());
    for (int i = 0; i < injuries.size(); i++) {
      Injury injury = injuries.get(i);
      String where = "injury #" + i + ": ";
      if (injury == null) {
        throw new IllegalArgumentException("injury #" + i + " is null");
      }
      required(where, "playerId", injury.playerId());
      required(where, "playerName", injury.playerName());
      required(where, "teamId", injury.teamId());
      required(where, "startDate", injury.startDate());
      required(where, "endDate", injury.endDate());
      required(where, "status", injury.status());
      if (injury.endDate().isBefore(injury.startDate())) {
        throw new IllegalArgumentException(where + "endDate " + injury.endDate()
            + " is before startDate " + injury.startDate());
      }
      out.add(injury);
    }
    return out;
  }

  /** Whether an injury passes the {@code injuries(teamId, onDate)} filters (null = any). */
  public static boolean matches(Injury injury, String teamId, LocalDate onDate) {
    return (teamId == null || teamId.equals(injury.teamId()))
        && (onDate == null || injury.covers(onDate));
  }

  /** @throws IllegalArgumentException when the kind, key or payload is missing */
  public static void checkDocument(String kind, String key, Object payload) {
    required("context: ", "kind", kind);
    required("context: ", "key", key);
    required("context: ", "payload", payload);
  }

  private static void required(String where, String field, Object value) {
    if (value == null) {
      throw new IllegalArgumentException(where + field + " is required");
    }
  }
}
