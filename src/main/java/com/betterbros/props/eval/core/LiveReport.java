package com.betterbros.props.eval.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The live track record: every served prediction of games in a date range with how it settled
 * (from the box scores: the stat, void when the game is final without the player's, pending
 * otherwise) and the line's close (its last line at or before the start). Brier over the settled
 * predictions (pushes left out); the picks (positive edge) staked 1 unit each, a win returning
 * 1 / breakeven, a push or void the stake; hit rate = won / (won + lost); closing-line value per
 * pick: the close minus the line picked for an over, the line minus the close for an under, so
 * positive means the market moved the pick's way; per game date, the day's and the trailing
 * {@code window}-day hit rate and ROI of the picks.
 */
public record LiveReport(int served, int settled, int pending, int voids, int pushes, Double brier, int picks,
    int picksSettled, int picksWon, double staked, double returned, Double hitRate, Double roi, Clv clv,
    List<Day> days, Map<String, Integer> models) {

  /** Closing-line value of the picks whose close is known. */
  public record Clv(int known, int favourable, int unfavourable, int unchanged, Double meanMove) {}

  /** One game date's picks, and the trailing window ending on it. */
  public record Day(LocalDate date, int served, int picks, int settled, int won, Double hitRate, Double roi,
      Double rollingHitRate, Double rollingRoi) {}

  /** A served prediction with its game date, its stat (null: void or pending) and its line's close. */
  public record Row(ServedPrediction served, LocalDate date, boolean settled, Double stat, Double close) {}

  public static LiveReport of(List<Row> rows, int window) {
    int settled = 0;
    int pending = 0;
    int voids = 0;
    int pushes = 0;
    double brier = 0;
    int scored = 0;
    Tally all = new Tally();
    int[] clv = new int[4]; // known, favourable, unfavourable, unchanged
    double moves = 0;
    TreeMap<LocalDate, Tally> byDay = new TreeMap<>();
    TreeMap<LocalDate, Integer> servedByDay = new TreeMap<>();
    Map<String, Integer> models = new TreeMap<>();
    for (Row r : rows) {
      ServedPrediction s = r.served();
      models.merge(s.modelVersion(), 1, Integer::sum);
      servedByDay.merge(r.date(), 1, Integer::sum);
      Tally day = byDay.computeIfAbsent(r.date(), d -> new Tally());
      if (!r.settled()) {
        pending++;
      } else if (r.stat() == null) {
        voids++;
        settled++;
      } else {
        settled++;
        if (r.stat() == s.line()) {
          pushes++;
        } else {
          double y = r.stat() > s.line() ? 1 : 0;
          brier += (s.pOver() - y) * (s.pOver() - y);
          scored++;
        }
      }
      if (!s.pick()) {
        continue;
      }
      all.picks++;
      day.picks++;
      if (r.close() != null) {
        double move = "over".equals(s.side()) ? r.close() - s.line() : s.line() - r.close();
        clv[0]++;
        clv[move > 0 ? 1 : move < 0 ? 2 : 3]++;
        moves += move;
      }
      if (r.settled()) {
        LegOutcome o = LegOutcome.of(s.side(), s.line(), r.stat());
        all.add(o, s.breakeven());
        day.add(o, s.breakeven());
      }
    }
    List<Day> days = new ArrayList<>();
    for (Map.Entry<LocalDate, Tally> e : byDay.entrySet()) {
      Tally rolling = new Tally();
      byDay.subMap(e.getKey().minusDays(window - 1L), true, e.getKey(), true).values().forEach(rolling::merge);
      Tally t = e.getValue();
      days.add(new Day(e.getKey(), servedByDay.get(e.getKey()), t.picks, t.settled, t.won, t.hitRate(), t.roi(),
          rolling.hitRate(), rolling.roi()));
    }
    return new LiveReport(rows.size(), settled, pending, voids, pushes, scored > 0 ? brier / scored : null, all.picks,
        all.settled, all.won, all.staked, all.returned, all.hitRate(), all.roi(),
        new Clv(clv[0], clv[1], clv[2], clv[3], clv[0] > 0 ? moves / clv[0] : null), List.copyOf(days),
        Map.copyOf(models));
  }

  /** Picks' counts and money. */
  private static final class Tally {
    int picks;
    int settled;
    int won;
    int lost;
    double staked;
    double returned;

    void add(LegOutcome o, double breakeven) {
      settled++;
      staked += 1;
      switch (o) {
        case WON -> {
          won++;
          returned += 1 / breakeven;
        }
        case LOST -> lost++;
        case PUSH, VOID -> returned += 1;
      }
    }

    void merge(Tally t) {
      picks += t.picks;
      settled += t.settled;
      won += t.won;
      lost += t.lost;
      staked += t.staked;
      returned += t.returned;
    }

    Double hitRate() {
      return won + lost > 0 ? (double) won / (won + lost) : null;
    }

    Double roi() {
      return staked > 0 ? (returned - staked) / staked : null;
    }
  }
}
