package com.betterbros.props.users.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * Filter and page of {@code list} (the {@code GET /admin/users} query). Every field is optional;
 * values may arrive as strings (HTTP sends them so) and are validated by the service (400 naming
 * the field).
 */
@DataObject
public final class UserQuery implements JsonView {

  private final JsonObject json;

  /** An empty query: every user, the first page of 50. */
  public UserQuery() {
    this(new JsonObject());
  }

  public UserQuery(JsonObject json) {
    this.json = json;
  }

  /** {@code true} or {@code false}: only active, or only deactivated users. */
  public UserQuery setActive(Boolean active) {
    json.put("active", active);
    return this;
  }

  /** 1..500, default 50. */
  public UserQuery setLimit(Integer limit) {
    json.put("limit", limit);
    return this;
  }

  /** Default 0. */
  public UserQuery setOffset(Integer offset) {
    json.put("offset", offset);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
