package com.betterbros.props.history.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * The body of {@code addIdentity} (schema {@code IdentityRequest}): a manual alias, exactly one of
 * {@code external_id} and {@code name}; validated by the history service (400 naming the field).
 */
@DataObject
public final class IdentityRequest implements JsonView {

  private final JsonObject json;

  /** An empty request: every field unset. */
  public IdentityRequest() {
    this(new JsonObject());
  }

  public IdentityRequest(JsonObject json) {
    this.json = json;
  }

  /** espn, nba, prizepicks or underdog (case-sensitive). */
  public IdentityRequest setSource(String source) {
    json.put("source", source);
    return this;
  }

  /** The history player. */
  public IdentityRequest setPlayerId(String playerId) {
    json.put("player_id", playerId);
    return this;
  }

  /** The source's own player id. */
  public IdentityRequest setExternalId(String externalId) {
    json.put("external_id", externalId);
    return this;
  }

  /** The name as the source writes it (prizepicks and underdog only). */
  public IdentityRequest setName(String name) {
    json.put("name", name);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
