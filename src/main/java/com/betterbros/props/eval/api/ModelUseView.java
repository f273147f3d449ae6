package com.betterbros.props.eval.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * A model a backtest used (schema {@code BacktestModel}): from which day, trained on how many examples of
 * which source (props: settled props at their lines; history: box scores at reference lines), the last
 * of them dated {@code train_to}, always before {@code from}.
 */
@DataObject
public final class ModelUseView implements JsonView {

  private final JsonObject json;

  public ModelUseView(JsonObject json) {
    this.json = json;
  }

  public String getFrom() {
    return json.getString("from");
  }

  public String getSource() {
    return json.getString("source");
  }

  public int getTrainRows() {
    return json.getInteger("train_rows");
  }

  public String getTrainTo() {
    return json.getString("train_to");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
