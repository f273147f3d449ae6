package com.betterbros.props.eval.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * Calibration of a set of out-of-sample forecasts, overall and per segment. A segment with fewer
 * than {@value #SMALL} forecasts is kept and flagged {@code small}: its bins are noisy, but hiding it
 * would hide where the model is untested. Segments by player keep the {@code topPlayers} players
 * with the most forecasts.
 */
public record CalibrationReport(CalibrationTable overall, List<SegmentTable> segments) {

  /** Below this many forecasts a segment is flagged small. */
  public static final int SMALL = 30;

  /** One segment's table: the attribute, its value, and whether it is small. */
  public record SegmentTable(Segment segment, String value, boolean small, CalibrationTable table) {}

  /**
   * The report of {@code legs} (at least one): bins by {@code binning}, then one table per value of
   * each of {@code by}, values in order (players by count, most first).
   */
  public static CalibrationReport of(List<ScoredLeg> legs, Binning binning, int bins, List<Segment> by,
      int topPlayers, ToDoubleFunction<ScoredLeg> breakeven) {
    CalibrationTable overall = table(legs, binning, bins);
    List<SegmentTable> segments = new ArrayList<>();
    for (Segment segment : by) {
      Map<String, List<ScoredLeg>> groups = new TreeMap<>();
      for (ScoredLeg leg : legs) {
        groups.computeIfAbsent(segment.valueOf(leg, breakeven.applyAsDouble(leg)), k -> new ArrayList<>()).add(leg);
      }
      if (segment == Segment.PLAYER) {
        groups = topByCount(groups, topPlayers);
      }
      groups.forEach((value, group) ->
          segments.add(new SegmentTable(segment, value, group.size() < SMALL, table(group, binning, bins))));
    }
    return new CalibrationReport(overall, List.copyOf(segments));
  }

  private static Map<String, List<ScoredLeg>> topByCount(Map<String, List<ScoredLeg>> groups, int n) {
    Map<String, List<ScoredLeg>> top = new LinkedHashMap<>();
    groups.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, List<ScoredLeg>> e) -> -e.getValue().size())
            .thenComparing(Map.Entry::getKey))
        .limit(n)
        .forEach(e -> top.put(e.getKey(), e.getValue()));
    return top;
  }

  private static CalibrationTable table(List<ScoredLeg> legs, Binning binning, int bins) {
    double[] p = new double[legs.size()];
    int[] y = new int[legs.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = legs.get(i).pOver();
      y[i] = legs.get(i).over();
    }
    return CalibrationTable.of(p, y, binning, bins);
  }
}
