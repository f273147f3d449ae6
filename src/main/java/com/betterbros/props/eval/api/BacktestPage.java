package com.betterbros.props.eval.api;

import com.betterbros.props.bus.PageView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** One page of the caller's backtests, newest first (schema {@code BacktestPage}). */
@DataObject
public final class BacktestPage extends PageView {

  public BacktestPage(JsonObject json) {
    super(json);
  }

  public List<BacktestView> getItems() {
    return items(BacktestView::new);
  }
}
