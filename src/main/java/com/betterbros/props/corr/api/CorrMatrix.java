package com.betterbros.props.corr.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * The reply of {@code matrix} (schema {@code CorrMatrix}): the legs' correlation matrix, n x n in the
 * order of {@code prop_ids} with a unit diagonal, positive semi-definite (Higham's nearest
 * correlation matrix when {@code repaired}), and each pair's estimate before any repair. Numbers are
 * rounded to 6 decimals. {@code model_version} is null when no leg's residuals used the production
 * model ({@code residual_mean} projection).
 */
@DataObject
public final class CorrMatrix implements JsonView {

  private final JsonObject json;

  public CorrMatrix(JsonObject json) {
    this.json = json;
  }

  /** n x n, in the order of prop_ids: row i, column j is the correlation of legs i and j. */
  public List<List<Double>> getMatrix() {
    JsonArray a = json.getJsonArray("matrix");
    return a == null ? null : a.stream().map(row -> ((JsonArray) row).stream()
        .map(v -> v == null ? null : ((Number) v).doubleValue()).toList()).toList();
  }

  public List<String> getPropIds() {
    JsonArray a = json.getJsonArray("prop_ids");
    return a == null ? null : a.stream().map(String.class::cast).toList();
  }

  /** over or under per prop id. */
  public List<String> getSides() {
    JsonArray a = json.getJsonArray("sides");
    return a == null ? null : a.stream().map(String.class::cast).toList();
  }

  /** True when the pairs' matrix had an eigenvalue below 0.001 and Higham's nearest correlation matrix replaced it. */
  public boolean getRepaired() {
    return json.getBoolean("repaired", false);
  }

  /** model, projection or mixed: what the residuals were taken against. */
  public String getResidualMean() {
    return json.getString("residual_mean");
  }

  /** The production model whose means were used; null with residual_mean projection. */
  public String getModelVersion() {
    return json.getString("model_version");
  }

  /** Each pair i < j: a = prop_ids[i], b = prop_ids[j]. */
  public List<CorrPair> getPairs() {
    JsonArray a = json.getJsonArray("pairs");
    return a == null ? null : a.stream().map(o -> new CorrPair((JsonObject) o)).toList();
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
