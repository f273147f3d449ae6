package com.betterbros.props.corr.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * The query of {@code matrix} (the {@code GET /corr/matrix} query string), validated by the corr
 * service (400 naming the field); a null query is a 400 on {@code prop_ids}.
 */
@DataObject
public final class CorrMatrixQuery implements JsonView {

  private final JsonObject json;

  /** An empty request: every field unset. */
  public CorrMatrixQuery() {
    this(new JsonObject());
  }

  public CorrMatrixQuery(JsonObject json) {
    this.json = json;
  }

  /** Required: a comma list of 2 to 8 distinct prop ids. */
  public CorrMatrixQuery setPropIds(String propIds) {
    json.put("prop_ids", propIds);
    return this;
  }

  /** A comma list of over or under, one per prop id (default all over). */
  public CorrMatrixQuery setSides(String sides) {
    json.put("sides", sides);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
