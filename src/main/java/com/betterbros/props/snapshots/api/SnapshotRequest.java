package com.betterbros.props.snapshots.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * What {@code create} freezes (the {@code POST /snapshots} body): a name, a props query selecting the
 * board (the keys of {@code GET /props}: platform, status, stat_type, team, game_id, from, to, ...; at
 * most 2,000 props), and the model pricing it ({@code production}, the default).
 */
@DataObject
public final class SnapshotRequest implements JsonView {

  private final JsonObject json;

  /** An empty request: every field unset. */
  public SnapshotRequest() {
    this(new JsonObject());
  }

  public SnapshotRequest(JsonObject json) {
    this.json = json;
  }

  /** 1 to 100 characters. */
  public SnapshotRequest setName(String name) {
    json.put("name", name);
    return this;
  }

  /** The props query, as GET /props takes it (limit and offset are ignored). */
  public SnapshotRequest setFilter(JsonObject filter) {
    json.put("filter", filter);
    return this;
  }

  /** production (the only model that serves predictions). */
  public SnapshotRequest setModel(String model) {
    json.put("model", model);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
