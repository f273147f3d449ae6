package com.betterbros.props.snapshots;

import com.betterbros.props.snapshots.api.SnapshotDetail;
import com.betterbros.props.snapshots.api.SnapshotDiff;
import com.betterbros.props.snapshots.api.SnapshotGradeView;
import com.betterbros.props.snapshots.api.SnapshotItemView;
import com.betterbros.props.snapshots.api.SnapshotSummary;
import com.betterbros.props.snapshots.core.GradedLeg;
import com.betterbros.props.snapshots.core.Snapshot;
import com.betterbros.props.snapshots.core.SnapshotComparison;
import com.betterbros.props.snapshots.core.SnapshotGrade;
import com.betterbros.props.snapshots.core.SnapshotItem;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The wire forms of snapshots, their grades and comparisons. */
final class SnapshotJson {

  private SnapshotJson() {}

  static SnapshotDetail detail(Snapshot s, List<SnapshotItem> items, Map<String, GradedLeg> outcomes) {
    return new SnapshotDetail(SnapshotSummary.of(s).toJson()
        .put("items", new JsonArray(items.stream().map(i -> SnapshotItemView.of(i).toJson()).toList()))
        .put("grade", s.gradedAt() == null ? null : grade(s, items, outcomes).toJson()));
  }

  static SnapshotGradeView grade(Snapshot s, List<SnapshotItem> items, Map<String, GradedLeg> outcomes) {
    SnapshotGrade g = SnapshotGrade.of(items, outcomes);
    JsonArray legs = new JsonArray();
    for (SnapshotItem i : items) {
      GradedLeg leg = outcomes.get(i.propId());
      legs.add(new JsonObject()
          .put("prop_id", i.propId())
          .put("outcome", leg == null ? "pending" : leg.outcome().name().toLowerCase(Locale.ROOT))
          .put("stat", leg == null ? null : leg.stat()));
    }
    return new SnapshotGradeView(new JsonObject()
        .put("graded_at", s.gradedAt() == null ? null : s.gradedAt().toString())
        .put("items", g.items())
        .put("settled", g.settled())
        .put("pushes", g.pushes())
        .put("voids", g.voids())
        .put("pending", g.pending())
        .put("recommended", g.recommended())
        .put("recommended_settled", g.recommendedSettled())
        .put("recommended_won", g.recommendedWon())
        .put("staked", g.staked())
        .put("returned", g.returned())
        .put("hit_rate", g.hitRate())
        .put("brier", g.brier())
        .put("roi", g.roi())
        .put("legs", legs));
  }

  static SnapshotDiff diff(Snapshot a, Snapshot b, SnapshotComparison c) {
    JsonArray changes = new JsonArray();
    for (SnapshotComparison.Change ch : c.changes()) {
      changes.add(new JsonObject()
          .put("prop_id", ch.b().propId())
          .put("player_name", ch.b().playerName())
          .put("stat_type", ch.b().statType())
          .put("line_a", ch.a().line())
          .put("line_b", ch.b().line())
          .put("line_delta", ch.lineDelta())
          .put("p_over_a", ch.a().pOver())
          .put("p_over_b", ch.b().pOver())
          .put("p_over_delta", ch.pOverDelta())
          .put("edge_a", ch.a().edge())
          .put("edge_b", ch.b().edge())
          .put("edge_delta", ch.edgeDelta())
          .put("side_a", ch.a().side())
          .put("side_b", ch.b().side())
          .put("side_flipped", ch.sideFlipped()));
    }
    return new SnapshotDiff(new JsonObject()
        .put("a", SnapshotSummary.of(a).toJson())
        .put("b", SnapshotSummary.of(b).toJson())
        .put("summary", new JsonObject()
            .put("common", c.common())
            .put("added", c.added().size())
            .put("removed", c.removed().size())
            .put("line_moved", c.lineMoved())
            .put("p_moved", c.pMoved())
            .put("side_flipped", c.sideFlipped()))
        .put("changes", changes)
        .put("added", new JsonArray(c.added().stream().map(i -> SnapshotItemView.of(i).toJson()).toList()))
        .put("removed", new JsonArray(c.removed().stream().map(i -> SnapshotItemView.of(i).toJson()).toList())));
  }
}
