package com.betterbros.props.eval.api;

import com.betterbros.props.bus.PageView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** One page of a backtest's bets, in book order (schema {@code BetPage}). */
@DataObject
public final class BetPage extends PageView {

  public BetPage(JsonObject json) {
    super(json);
  }

  public List<BetView> getItems() {
    return items(BetView::new);
  }
}
