package com.betterbros.props.history;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.history.api.IdentityCreated;
import com.betterbros.props.history.core.Identity;
import com.betterbros.props.identity.NameKeys;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Set;

/**
 * Manual aliases: an operator says that a platform's player id, or a name as a platform writes
 * it, is a history player. The alias replaces any earlier link of that id or name, and the
 * player leaves the platform's unmatched list (an alias by name at once; one by external id at
 * the platform's next import, since the list is keyed by name).
 */
final class ManualAliases {

  static final Set<String> SOURCES = Set.of("prizepicks", "underdog", "espn", "nba");
  /** The sources whose players are matched by name (boards); history sources match by id only. */
  static final Set<String> NAME_SOURCES = Set.of("prizepicks", "underdog");

  private ManualAliases() {}

  /** Validates and records {source, player_id, external_id? | name?}; replies {identity}. */
  static Future<IdentityCreated> add(HistoryRepository history, IdentityRepository identities, JsonObject alias) {
    if (alias == null) {
      return Future.failedFuture(Failures.badRequest("body", "the body must be {source, player_id, external_id | name}"));
    }
    String source = text(alias, "source");
    String playerId = text(alias, "player_id");
    String externalId = text(alias, "external_id");
    String name = text(alias, "name");
    if (source == null || !SOURCES.contains(source)) {
      return Future.failedFuture(Failures.badRequest("source", "source must be one of " + SOURCES.stream().sorted()
          .toList() + ", got " + (source == null ? "nothing" : "'" + source + "'")));
    }
    if (playerId == null) {
      return Future.failedFuture(Failures.badRequest("player_id", "player_id (the history player) is required"));
    }
    if ((externalId == null) == (name == null)) {
      return Future.failedFuture(Failures.badRequest(externalId == null ? "external_id" : "name",
          "give exactly one of external_id (the platform's player id) and name (as the platform writes it)"));
    }
    if (name != null && !NAME_SOURCES.contains(source)) {
      return Future.failedFuture(Failures.badRequest("name", "a name alias applies to the boards' sources "
          + NAME_SOURCES.stream().sorted().toList() + "; " + source + " players are matched by id: give external_id"));
    }
    String key = name == null ? null : NameKeys.of(name);
    if (key != null && key.isEmpty()) {
      return Future.failedFuture(Failures.badRequest("name", "name has no letters or digits"));
    }
    return history.player(playerId).compose(player -> {
      if (player == null) {
        return Future.failedFuture(Failures.notFound("no player with id '" + playerId + "'"));
      }
      Identity identity = externalId != null
          ? new Identity(Identity.PLAYER, source, externalId, playerId, "manual", Instant.now())
          : new Identity(Identity.PLAYER, BoardIdentities.nameSource(source), key, playerId, "manual", Instant.now());
      Future<Void> cleared = key != null ? identities.clearUnmatched(source, key) : Future.succeededFuture();
      return identities.relink(identity).compose(v -> cleared).map(v -> new IdentityCreated(new JsonObject()
          .put("identity", new JsonObject().put("source", source).put("player_id", playerId)
              .put("external_id", externalId).put("name", name).put("name_key", key).put("method", "manual"))));
    });
  }

  private static String text(JsonObject o, String field) {
    Object v = o.getValue(field);
    if (v == null) {
      return null;
    }
    String s = String.valueOf(v).strip();
    return s.isEmpty() ? null : s;
  }
}
