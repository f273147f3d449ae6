package com.betterbros.props.snapshots.api;

import com.betterbros.props.bus.JsonView;
import com.betterbros.props.snapshots.core.Snapshot;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * A snapshot without its items (schema {@code SnapshotSummary}): what it froze and when, with which model
 * and feature set, how many props, and when it was last graded (null: never).
 */
@DataObject
public class SnapshotSummary implements JsonView {

  protected final JsonObject json;

  public SnapshotSummary(JsonObject json) {
    this.json = json;
  }

  /** The wire form of a stored snapshot. */
  public static SnapshotSummary of(Snapshot s) {
    return new SnapshotSummary(json(s));
  }

  static JsonObject json(Snapshot s) {
    return new JsonObject()
        .put("id", s.id())
        .put("user_id", s.userId())
        .put("name", s.name())
        .put("filter", new JsonObject(s.filter()))
        .put("model", s.modelRef())
        .put("model_version", s.modelVersion())
        .put("feature_set_version", s.featureSetVersion())
        .put("created_at", s.createdAt().toString())
        .put("item_count", s.items())
        .put("graded_at", s.gradedAt() == null ? null : s.gradedAt().toString());
  }

  public String getId() {
    return json.getString("id");
  }

  /** The owner: the user id of whoever created it. */
  public String getUserId() {
    return json.getString("user_id");
  }

  public String getName() {
    return json.getString("name");
  }

  /** The props query the snapshot froze. */
  public JsonObject getFilter() {
    return json.getJsonObject("filter");
  }

  public String getModel() {
    return json.getString("model");
  }

  public String getModelVersion() {
    return json.getString("model_version");
  }

  public String getFeatureSetVersion() {
    return json.getString("feature_set_version");
  }

  public String getCreatedAt() {
    return json.getString("created_at");
  }

  public int getItemCount() {
    return json.getInteger("item_count");
  }

  public String getGradedAt() {
    return json.getString("graded_at");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
