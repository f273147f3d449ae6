package com.betterbros.props.users.api;

import com.betterbros.props.bus.JsonView;
import com.betterbros.props.users.core.User;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/** A user as stored (schema {@code UserAccount}): {user_id, email, tier, active, created, last_seen}. */
@DataObject
public final class UserAccount implements JsonView {

  private final JsonObject json;

  public UserAccount(JsonObject json) {
    this.json = json;
  }

  /** The wire form of a stored user. */
  public static UserAccount of(User u) {
    return new UserAccount(new JsonObject().put("user_id", u.id()).put("email", u.email()).put("tier", u.tier())
        .put("active", u.active()).put("created", u.created().toString()).put("last_seen", u.lastSeen().toString()));
  }

  public String getUserId() {
    return json.getString("user_id");
  }

  public String getEmail() {
    return json.getString("email");
  }

  public String getTier() {
    return json.getString("tier");
  }

  public boolean isActive() {
    return json.getBoolean("active", true);
  }

  /** ISO-8601 UTC: the first sighting. */
  public String getCreated() {
    return json.getString("created");
  }

  /** ISO-8601 UTC: the latest recorded sighting. */
  public String getLastSeen() {
    return json.getString("last_seen");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
