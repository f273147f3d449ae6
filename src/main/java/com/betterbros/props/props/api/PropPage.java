package com.betterbros.props.props.api;

import com.betterbros.props.bus.PageView;
import com.betterbros.props.props.core.Prop;
import com.betterbros.props.store.Page;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * One page of props (schema {@code PropPage}), ordered by start time, then id.
 */
@DataObject
public final class PropPage extends PageView {

  public PropPage(JsonObject json) {
    super(json);
  }

  public static PropPage of(Page<Prop> page) {
    return new PropPage(page.toJson(p -> PropView.of(p).toJson()));
  }

  public List<PropView> getItems() {
    return items(PropView::new);
  }
}
