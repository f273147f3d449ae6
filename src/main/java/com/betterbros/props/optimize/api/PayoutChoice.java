package com.betterbros.props.optimize.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * Which payout table prices a slip: a platform and one of its modes.
 */
@DataObject
public final class PayoutChoice implements JsonView {

  private final JsonObject json;

  /** An empty request: every field unset. */
  public PayoutChoice() {
    this(new JsonObject());
  }

  public PayoutChoice(JsonObject json) {
    this.json = json;
  }

  /** prizepicks or underdog. */
  public PayoutChoice setPlatform(String platform) {
    json.put("platform", platform);
    return this;
  }

  /** prizepicks: power or flex; underdog: standard. */
  public PayoutChoice setMode(String mode) {
    json.put("mode", mode);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
