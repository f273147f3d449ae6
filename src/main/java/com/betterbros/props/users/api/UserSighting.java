package com.betterbros.props.users.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * A gateway saw a valid token (request of {@code seen}): the subject, the token's email claim (or
 * none), its tier, and whether it was a signed-in token ({@code via: "jwt"}, whose tier and email
 * are recorded) or an access key ({@code via: "key"}, which records only that the user was seen).
 */
@DataObject
public final class UserSighting implements JsonView {

  private final JsonObject json;

  /** An empty sighting: every field unset. */
  public UserSighting() {
    this(new JsonObject());
  }

  public UserSighting(JsonObject json) {
    this.json = json;
  }

  public String getUserId() {
    return json.getString("user_id");
  }

  public UserSighting setUserId(String userId) {
    json.put("user_id", userId);
    return this;
  }

  public String getEmail() {
    return json.getString("email");
  }

  public UserSighting setEmail(String email) {
    json.put("email", email);
    return this;
  }

  public String getTier() {
    return json.getString("tier");
  }

  public UserSighting setTier(String tier) {
    json.put("tier", tier);
    return this;
  }

  /** {@code jwt} (default) or {@code key}. */
  public String getVia() {
    return json.getString("via");
  }

  public UserSighting setVia(String via) {
    json.put("via", via);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
