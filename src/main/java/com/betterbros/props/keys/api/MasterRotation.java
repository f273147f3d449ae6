package com.betterbros.props.keys.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/** The outcome of a master key rotation (schema {@code MasterRotation}): the current key version, how many rows were re-sealed, and how many are under neither the current nor the previous key (left as they are). */
@DataObject
public final class MasterRotation implements JsonView {

  private final JsonObject json;

  public MasterRotation(JsonObject json) {
    this.json = json;
  }

  public String getKeyVersion() {
    return json.getString("key_version");
  }

  public Integer getRotated() {
    return json.getInteger("rotated");
  }

  public Integer getUnreadable() {
    return json.getInteger("unreadable");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
