package com.betterbros.props.history.api;

import com.betterbros.props.bus.PageView;
import com.betterbros.props.history.core.UnmatchedPlayer;
import com.betterbros.props.store.Page;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * One page of a platform's unmatched board players, most props first (schema {@code UnmatchedPage}):
 * the reply of {@code unmatched}.
 */
@DataObject
public final class UnmatchedPage extends PageView {

  public UnmatchedPage(JsonObject json) {
    super(json);
  }

  public static UnmatchedPage of(Page<UnmatchedPlayer> page) {
    return new UnmatchedPage(page.toJson(u -> UnmatchedPlayerView.of(u).toJson()));
  }

  public List<UnmatchedPlayerView> getItems() {
    return items(UnmatchedPlayerView::new);
  }
}
