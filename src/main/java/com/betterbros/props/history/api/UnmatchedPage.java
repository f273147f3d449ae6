package com.betterbros.props.history.api;

import com.betterbros.props.bus.JsonView;
import com.betterbros.props.history.core.UnmatchedPlayer;
import com.betterbros.props.store.Page;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * One page of a platform's unmatched board players, most props first (schema {@code UnmatchedPage}):
 * the reply of {@code unmatched}.
 */
@DataObject
public final class UnmatchedPage implements JsonView {

  private final JsonObject json;

  public UnmatchedPage(JsonObject json) {
    this.json = json;
  }

  public static UnmatchedPage of(Page<UnmatchedPlayer> page) {
    return new UnmatchedPage(page.toJson(u -> UnmatchedPlayerView.of(u).toJson()));
  }

  public List<UnmatchedPlayerView> getItems() {
    JsonArray a = json.getJsonArray("items");
    return a == null ? null : a.stream().map(o -> new UnmatchedPlayerView((JsonObject) o)).toList();
  }

  public long getTotal() {
    return json.getLong("total");
  }

  public int getLimit() {
    return json.getInteger("limit");
  }

  public int getOffset() {
    return json.getInteger("offset");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
