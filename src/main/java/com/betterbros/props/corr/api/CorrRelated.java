package com.betterbros.props.corr.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * The reply of {@code related} (schema {@code CorrRelated}): the props of the target's game and
 * platform most correlated with it, most |rho| first. {@code model_version} is null unless the
 * target's residuals used the production model.
 */
@DataObject
public final class CorrRelated implements JsonView {

  private final JsonObject json;

  public CorrRelated(JsonObject json) {
    this.json = json;
  }

  /** The target prop. */
  public String getPropId() {
    return json.getString("prop_id");
  }

  public List<CorrRelatedItem> getItems() {
    JsonArray a = json.getJsonArray("items");
    return a == null ? null : a.stream().map(o -> new CorrRelatedItem((JsonObject) o)).toList();
  }

  /** Related props before the limit. */
  public int getTotal() {
    return json.getInteger("total");
  }

  /** model or projection: what the target prop's residuals were taken against. */
  public String getResidualMean() {
    return json.getString("residual_mean");
  }

  /** The production model whose means were used, or null. */
  public String getModelVersion() {
    return json.getString("model_version");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
