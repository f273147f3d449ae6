package com.betterbros.props.snapshots.api;

import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * One snapshot with its items in stored order and its last grade (null: never graded) (schema
 * {@code Snapshot}).
 */
@DataObject
public class SnapshotDetail extends SnapshotSummary {

  public SnapshotDetail(JsonObject json) {
    super(json);
  }

  public List<SnapshotItemView> getItems() {
    JsonArray a = json.getJsonArray("items");
    return a == null ? null : a.stream().map(o -> new SnapshotItemView((JsonObject) o)).toList();
  }

  public SnapshotGradeView getGrade() {
    JsonObject o = json.getJsonObject("grade");
    return o == null ? null : new SnapshotGradeView(o);
  }
}
