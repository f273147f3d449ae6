package com.betterbros.props.keys.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/** A stored provider credential (schema {@code ProviderCredential}): never the secret. */
@DataObject
public final class ProviderCredential implements JsonView {

  private final JsonObject json;

  public ProviderCredential(JsonObject json) {
    this.json = json;
  }

  public String getId() {
    return json.getString("id");
  }

  /** The owner: the user id of whoever created it. */
  public String getUserId() {
    return json.getString("user_id");
  }

  public String getProvider() {
    return json.getString("provider");
  }

  public String getName() {
    return json.getString("name");
  }

  public String getKeyVersion() {
    return json.getString("key_version");
  }

  public String getCreatedAt() {
    return json.getString("created_at");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
