package com.betterbros.props.props;

import com.betterbros.props.identity.NameKeys;
import com.betterbros.props.props.core.Prop;
import com.betterbros.props.props.core.PropQuery;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * Applies a manual alias to the props already stored: every prop of the alias's platform whose
 * platform player id (or name key) it names is re-pointed to the history player. No line moves.
 */
final class PropRelinker {

  private PropRelinker() {}

  /** Re-points the props an alias {source, player_id, external_id?, name_key?} names; answers how many. */
  static Future<Integer> relink(PropRepository repository, JsonObject alias) {
    String platform = alias.getString("source");
    String playerId = alias.getString("player_id");
    String externalId = alias.getString("external_id");
    String nameKey = alias.getString("name_key");
    if (platform == null || playerId == null || (externalId == null && nameKey == null)) {
      return Future.succeededFuture(0);
    }
    PropQuery all = new PropQuery(platform, null, null, null, null, null, null, null, null, Integer.MAX_VALUE, 0);
    return repository.find(all).compose(page -> {
      List<Prop> named = page.items().stream()
          .filter(p -> !playerId.equals(p.playerId()))
          .filter(p -> externalId != null ? externalId.equals(p.playerExternalId())
              : nameKey.equals(NameKeys.of(p.playerName())))
          .map(p -> p.withIds(playerId, p.gameId()))
          .toList();
      return named.isEmpty() ? Future.succeededFuture(0)
          : repository.upsert(named, Instant.now()).map(c -> c.updated());
    });
  }
}
