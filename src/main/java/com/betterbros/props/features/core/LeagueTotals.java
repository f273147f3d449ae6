package com.betterbros.props.features.core;

import com.betterbros.props.history.core.PlayerGameStat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * League-wide per-minute rates of every supported stat, by position and overall, as of any date:
 * prefix sums over the distinct game dates, so a rate before a date is two array reads. Each stat
 * sums its value and the minutes over the rows where both are known (a source without a column
 * does not dilute its rate). Rows must arrive in a fixed order (the index sorts them) so that
 * sums are reproducible to the bit.
 */
final class LeagueTotals {

  /** The position key meaning "every position". */
  static final String ALL = "*";

  private static final int STATS = FeatureSet.STAT_TYPES.size();

  private final LocalDate[] dates;
  /** Position -> cumulative[k][2 stat] = Σ stat, [2 stat + 1] = Σ minutes, over dates[0..k-1]. */
  private final Map<String, double[][]> cumulative;

  private LeagueTotals(LocalDate[] dates, Map<String, double[][]> cumulative) {
    this.dates = dates;
    this.cumulative = cumulative;
  }

  /** Sums {@code rows} (sorted by date) per date and position; positions come from {@code positionOf}. */
  static LeagueTotals of(List<PlayerGameStat> rows, Map<String, String> positionOf) {
    List<LocalDate> days = new ArrayList<>();
    for (PlayerGameStat r : rows) {
      if (days.isEmpty() || !days.get(days.size() - 1).equals(r.date())) {
        days.add(r.date());
      }
    }
    Map<String, double[][]> cum = new HashMap<>();
    int day = -1;
    LocalDate current = null;
    for (PlayerGameStat r : rows) {
      if (!r.date().equals(current)) {
        current = r.date();
        day++;
      }
      add(cum, ALL, days.size(), day, r);
      String pos = positionOf.get(r.playerId());
      if (pos != null) {
        add(cum, pos, days.size(), day, r);
      }
    }
    // Turn per-day sums (row day+1) into prefix sums: cum[k] = sum of days 0..k-1.
    for (double[][] c : cum.values()) {
      for (int k = 1; k < c.length; k++) {
        for (int s = 0; s < 2 * STATS; s++) {
          c[k][s] += c[k - 1][s];
        }
      }
    }
    return new LeagueTotals(days.toArray(LocalDate[]::new), cum);
  }

  private static void add(Map<String, double[][]> cum, String pos, int days, int day, PlayerGameStat r) {
    double[] row = cum.computeIfAbsent(pos, p -> new double[days + 1][2 * STATS])[day + 1];
    double minutes = r.minutes();
    if (Double.isNaN(minutes)) {
      return;
    }
    for (int s = 0; s < STATS; s++) {
      double v = r.value(FeatureSet.STAT_TYPES.get(s));
      if (!Double.isNaN(v)) {
        row[2 * s] += v;
        row[2 * s + 1] += minutes;
      }
    }
  }

  /**
   * Σ stat / Σ minutes of every box score before {@code before} of players at {@code position}
   * ({@link #ALL} for everyone); NaN when there are no such minutes or the position is unknown.
   */
  double ratePerMinute(String position, String statType, LocalDate before) {
    double[][] c = cumulative.get(position);
    if (c == null) {
      return Double.NaN;
    }
    int k = lowerBound(before);
    int s = FeatureSet.STAT_TYPES.indexOf(statType);
    double minutes = c[k][2 * s + 1];
    return minutes > 0 ? c[k][2 * s] / minutes : Double.NaN;
  }

  /** The number of dates strictly before {@code date}. */
  private int lowerBound(LocalDate date) {
    int i = Arrays.binarySearch(dates, date);
    return i >= 0 ? i : -i - 1;
  }
}
