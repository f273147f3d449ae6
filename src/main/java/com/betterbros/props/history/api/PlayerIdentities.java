package com.betterbros.props.history.api;

import com.betterbros.props.bus.JsonView;
import com.betterbros.props.history.core.Identity;
import com.betterbros.props.history.core.Player;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * A player with his links to external ids, by source then external id (schema
 * {@code PlayerIdentities}): the reply of {@code identities}.
 */
@DataObject
public final class PlayerIdentities implements JsonView {

  private final JsonObject json;

  public PlayerIdentities(JsonObject json) {
    this.json = json;
  }

  public static PlayerIdentities of(Player player, List<Identity> identities) {
    return new PlayerIdentities(new JsonObject().put("player", PlayerView.of(player).toJson())
        .put("identities", new JsonArray(identities.stream().map(i -> IdentityView.of(i).toJson()).toList())));
  }

  public PlayerView getPlayer() {
    JsonObject o = json.getJsonObject("player");
    return o == null ? null : new PlayerView(o);
  }

  public List<IdentityView> getIdentities() {
    JsonArray a = json.getJsonArray("identities");
    return a == null ? null : a.stream().map(o -> new IdentityView((JsonObject) o)).toList();
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
