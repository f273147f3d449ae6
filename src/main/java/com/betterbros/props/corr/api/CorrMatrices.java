package com.betterbros.props.corr.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The reply of {@code matrices}: one correlation matrix per group of the request, in its order,
 * each exactly the {@code matrix} that {@code CorrService#matrix} answers for the same ids and
 * sides (n x n, unit diagonal, rounded to 6 decimals, repaired when needed).
 */
@DataObject
public final class CorrMatrices implements JsonView {

  private final JsonObject json;

  public CorrMatrices(JsonObject json) {
    this.json = json;
  }

  /** One n x n matrix per group, in the order of the request's groups. */
  public JsonArray getMatrices() {
    return json.getJsonArray("matrices");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
