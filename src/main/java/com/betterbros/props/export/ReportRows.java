package com.betterbros.props.export;

import com.betterbros.props.eval.api.Calibration;
import com.betterbros.props.eval.api.CalibrationBinView;
import com.betterbros.props.eval.api.CalibrationSegment;
import com.betterbros.props.export.core.Column;
import com.betterbros.props.export.core.Table;
import com.betterbros.props.snapshots.api.GradedLegView;
import com.betterbros.props.snapshots.api.SnapshotDetail;
import com.betterbros.props.snapshots.api.SnapshotItemView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The rows of the reports a user already has: a snapshot's items with their outcomes, a calibration's bins. */
final class ReportRows {

  static final Table SNAPSHOT = new Table("snapshot", List.of(Column.text("prop_id"), Column.text("platform"),
      Column.text("player_name"), Column.text("team"), Column.text("game_id"), Column.text("stat_type"),
      Column.number("line"), Column.text("odds_type"), Column.timestamp("start_time"), Column.number("p_over"),
      Column.text("side"), Column.number("breakeven"), Column.number("edge"), Column.number("projected_mean"),
      Column.text("error"), Column.text("outcome"), Column.number("stat")));

  static final Table CALIBRATION = new Table("calibration", List.of(Column.text("segment"), Column.text("value"),
      Column.integer("segment_n"), Column.bool("small"), Column.number("ece"), Column.number("brier"),
      Column.number("bin_lower"), Column.number("bin_upper"), Column.integer("n"), Column.number("mean_p"),
      Column.number("observed"), Column.number("ci_low"), Column.number("ci_high")));

  private ReportRows() {}

  /** One row per item, with its outcome and stat when the snapshot was graded (empty otherwise). */
  static List<Object[]> snapshot(SnapshotDetail s) {
    Map<String, GradedLegView> legs = new HashMap<>();
    if (s.getGrade() != null) {
      s.getGrade().getLegs().forEach(l -> legs.put(l.getPropId(), l));
    }
    List<Object[]> rows = new ArrayList<>();
    for (SnapshotItemView i : s.getItems()) {
      GradedLegView leg = legs.get(i.getPropId());
      rows.add(new Object[] {i.getPropId(), i.getPlatform(), i.getPlayerName(), i.getTeam(), i.getGameId(),
          i.getStatType(), i.getLine(), i.getOddsType(), i.getStartTime(), i.getPOver(), i.getSide(), i.getBreakeven(),
          i.getEdge(), i.getProjectedMean(), i.getError(), leg == null ? null : leg.getOutcome(),
          leg == null ? null : leg.getStat()});
    }
    return rows;
  }

  /** One row per bin: the whole holdout's ("all"), then each segment's, with the table's ECE and Brier. */
  static List<Object[]> calibration(Calibration c) {
    List<Object[]> rows = new ArrayList<>();
    for (CalibrationBinView b : c.getBins()) {
      rows.add(bin("all", "all", c.getN(), false, c.getEce(), c.getBrier(), b));
    }
    for (CalibrationSegment s : c.getSegments()) {
      for (CalibrationBinView b : s.getBins()) {
        rows.add(bin(s.getSegment(), s.getValue(), s.getN(), s.getSmall(), s.getEce(), s.getBrier(), b));
      }
    }
    return rows;
  }

  private static Object[] bin(String segment, String value, int n, boolean small, double ece, double brier,
      CalibrationBinView b) {
    return new Object[] {segment, value, n, small, ece, brier, b.getLower(), b.getUpper(), b.getN(), b.getMeanP(),
        b.getObserved(), b.getCiLow(), b.getCiHigh()};
  }
}
