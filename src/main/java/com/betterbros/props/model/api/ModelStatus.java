package com.betterbros.props.model.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * The reply of {@code status} (schema {@code ModelStatus}): the production model the answering node
 * serves. {@code model} is absent (null) when {@code status} is none.
 */
@DataObject
public final class ModelStatus implements JsonView {

  private final JsonObject json;

  public ModelStatus(JsonObject json) {
    this.json = json;
  }

  /** ready or none. */
  public String getStatus() {
    return json.getString("status");
  }

  /** The production model; null when status is none. */
  public StoredModelView getModel() {
    JsonObject o = json.getJsonObject("model");
    return o == null ? null : new StoredModelView(o);
  }

  /** The answering model node's cluster node id, or local. */
  public String getNodeId() {
    return json.getString("node_id");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
