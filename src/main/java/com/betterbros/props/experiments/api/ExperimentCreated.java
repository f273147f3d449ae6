package com.betterbros.props.experiments.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * The reply of {@code create} (schema {@code ExperimentCreated}): the queued experiment's id.
 */
@DataObject
public final class ExperimentCreated implements JsonView {

  private final JsonObject json;

  public ExperimentCreated(JsonObject json) {
    this.json = json;
  }

  /** x- + a UUID. */
  public String getId() {
    return json.getString("id");
  }

  /** queued. */
  public String getStatus() {
    return json.getString("status");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
