package com.betterbros.props.history.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * A manual alias as recorded (the {@code identity} of schema {@code IdentityCreated}, also the body
 * of the {@code history.events.identity} event): {@code external_id} is null for a name alias,
 * {@code name} and {@code name_key} for an id alias.
 */
@DataObject
public final class ManualAlias implements JsonView {

  private final JsonObject json;

  public ManualAlias(JsonObject json) {
    this.json = json;
  }

  public String getSource() {
    return json.getString("source");
  }

  public String getPlayerId() {
    return json.getString("player_id");
  }

  public String getExternalId() {
    return json.getString("external_id");
  }

  public String getName() {
    return json.getString("name");
  }

  public String getNameKey() {
    return json.getString("name_key");
  }

  /** manual. */
  public String getMethod() {
    return json.getString("method");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
