package com.betterbros.props.history.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * The alias {@code addIdentity} recorded (schema {@code IdentityCreated}).
 */
@DataObject
public final class IdentityCreated implements JsonView {

  private final JsonObject json;

  public IdentityCreated(JsonObject json) {
    this.json = json;
  }

  public ManualAlias getIdentity() {
    JsonObject o = json.getJsonObject("identity");
    return o == null ? null : new ManualAlias(o);
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
