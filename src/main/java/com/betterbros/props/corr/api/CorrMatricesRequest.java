package com.betterbros.props.corr.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * The request of {@code matrices}: many {@code matrix} queries answered by one call, so pricing a
 * whole board reads the props store once. {@code groups} holds 1 to 5,000 groups, each
 * {@code {prop_ids: [2 to 8 distinct ids], sides: [over|under, one per id]}} ({@code sides}
 * optional: all over). Validated by the corr service (400 naming {@code groups}).
 */
@DataObject
public final class CorrMatricesRequest implements JsonView {

  private final JsonObject json;

  /** An empty request: no groups yet. */
  public CorrMatricesRequest() {
    this(new JsonObject());
  }

  public CorrMatricesRequest(JsonObject json) {
    this.json = json;
  }

  /** Adds one group: its prop ids and the side of each (same order). */
  public CorrMatricesRequest addGroup(List<String> propIds, List<String> sides) {
    JsonArray groups = json.getJsonArray("groups");
    if (groups == null) {
      groups = new JsonArray();
      json.put("groups", groups);
    }
    groups.add(new JsonObject().put("prop_ids", new JsonArray(propIds)).put("sides", new JsonArray(sides)));
    return this;
  }

  /** The groups as given (null when none). */
  public JsonArray getGroups() {
    return json.getJsonArray("groups");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
