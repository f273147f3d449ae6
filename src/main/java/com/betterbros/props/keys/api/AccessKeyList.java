package com.betterbros.props.keys.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** The caller's access keys, newest first (schema {@code AccessKeyList}); never a key itself. */
@DataObject
public final class AccessKeyList implements JsonView {

  private final JsonObject json;

  public AccessKeyList(JsonObject json) {
    this.json = json;
  }

  /** A list of {@code items}. */
  public static AccessKeyList of(List<AccessKeyInfo> items) {
    JsonArray array = new JsonArray();
    items.forEach(i -> array.add(i.toJson()));
    return new AccessKeyList(new JsonObject().put("items", array));
  }

  public List<AccessKeyInfo> getItems() {
    return json.getJsonArray("items").stream().map(o -> new AccessKeyInfo((JsonObject) o)).toList();
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
