package com.betterbros.props.live.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * What one recompute of the board published ({@code LiveService.recompute}): {@code events} (0 when
 * nothing changed enough), {@code seq} of the feed's last event, {@code edges} on the board now,
 * {@code elapsed_ms}.
 */
@DataObject
public final class LiveRecompute implements JsonView {

  private final JsonObject json;

  public LiveRecompute(JsonObject json) {
    this.json = json;
  }

  public int getEvents() {
    return json.getInteger("events");
  }

  public long getSeq() {
    return json.getLong("seq");
  }

  public int getEdges() {
    return json.getInteger("edges");
  }

  public long getElapsedMs() {
    return json.getLong("elapsed_ms");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
