package com.betterbros.props.props.api;

import com.betterbros.props.bus.PageView;
import com.betterbros.props.props.core.Prop;
import com.betterbros.props.store.Page;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * One page of props (schema {@code PropPage}) in the listing's order ({@code sort}), each with its
 * lifecycle status at the listing's instant.
 */
@DataObject
public final class PropPage extends PageView {

  public PropPage(JsonObject json) {
    super(json);
  }

  /** The page as the API shows it at {@code now}. */
  public static PropPage of(Page<Prop> page, Instant now) {
    return new PropPage(page.toJson(p -> PropView.of(p, now).toJson()));
  }

  public List<PropView> getItems() {
    return items(PropView::new);
  }
}
