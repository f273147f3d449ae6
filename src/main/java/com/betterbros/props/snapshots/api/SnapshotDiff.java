package com.betterbros.props.snapshots.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * Two of the caller's snapshots compared prop by prop (schema {@code SnapshotDiff}): the common props'
 * moves, the props only in {@code b} (added) and only in {@code a} (removed), and the counts.
 */
@DataObject
public final class SnapshotDiff implements JsonView {

  private final JsonObject json;

  public SnapshotDiff(JsonObject json) {
    this.json = json;
  }

  public SnapshotSummary getA() {
    JsonObject o = json.getJsonObject("a");
    return o == null ? null : new SnapshotSummary(o);
  }

  public SnapshotSummary getB() {
    JsonObject o = json.getJsonObject("b");
    return o == null ? null : new SnapshotSummary(o);
  }

  public SnapshotChangeCounts getSummary() {
    JsonObject o = json.getJsonObject("summary");
    return o == null ? null : new SnapshotChangeCounts(o);
  }

  public List<PropChange> getChanges() {
    JsonArray a = json.getJsonArray("changes");
    return a == null ? null : a.stream().map(o -> new PropChange((JsonObject) o)).toList();
  }

  public List<SnapshotItemView> getAdded() {
    JsonArray a = json.getJsonArray("added");
    return a == null ? null : a.stream().map(o -> new SnapshotItemView((JsonObject) o)).toList();
  }

  public List<SnapshotItemView> getRemoved() {
    JsonArray a = json.getJsonArray("removed");
    return a == null ? null : a.stream().map(o -> new SnapshotItemView((JsonObject) o)).toList();
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
