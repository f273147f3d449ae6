package com.betterbros.props.keys.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Who an access key acts for (reply of {@code authenticate}): the key id, owner, the tier stored on the key and its scopes. */
@DataObject
public final class KeyIdentity implements JsonView {

  private final JsonObject json;

  public KeyIdentity(JsonObject json) {
    this.json = json;
  }

  public String getKeyId() {
    return json.getString("key_id");
  }

  public String getUserId() {
    return json.getString("user_id");
  }

  public String getTier() {
    return json.getString("tier");
  }

  public JsonArray getScopes() {
    return json.getJsonArray("scopes");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
