package com.betterbros.props.experiments.api;

import com.betterbros.props.bus.PageView;
import com.betterbros.props.experiments.core.HoldoutRow;
import com.betterbros.props.store.Page;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * One page of an experiment's holdout predictions (schema {@code HoldoutPage}).
 */
@DataObject
public final class HoldoutPage extends PageView {

  public HoldoutPage(JsonObject json) {
    super(json);
  }

  public static HoldoutPage of(Page<HoldoutRow> page) {
    return new HoldoutPage(page.toJson(r -> HoldoutRowView.of(r).toJson()));
  }

  public List<HoldoutRowView> getItems() {
    return items(HoldoutRowView::new);
  }
}
