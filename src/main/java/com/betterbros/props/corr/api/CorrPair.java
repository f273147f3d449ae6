package com.betterbros.props.corr.api;

import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * One pair of a {@link CorrMatrix}: legs {@code a} and {@code b} (in the order of its
 * {@code prop_ids}) and their estimate.
 */
@DataObject
public class CorrPair extends CorrEstimate {

  public CorrPair(JsonObject json) {
    super(json);
  }

  /** prop_ids[i]. */
  public String getA() {
    return json.getString("a");
  }

  /** prop_ids[j], j > i. */
  public String getB() {
    return json.getString("b");
  }
}
