package com.betterbros.props.history;

import com.betterbros.props.bus.Addresses;
import com.betterbros.props.bus.Failures;
import com.betterbros.props.history.api.ResolvedBoard;
import com.betterbros.props.history.api.UnmatchedPage;
import com.betterbros.props.history.core.Identity;
import com.betterbros.props.history.core.Player;
import com.betterbros.props.history.core.UnmatchedPlayer;
import com.betterbros.props.identity.NameKeys;
import com.betterbros.props.identity.TeamCodes;
import io.vertx.core.Future;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ties a board's players and games to history (the identity rule): a player by the platform's own
 * id when linked; else by name key (alternative names included) among the stored players, one
 * candidate being a match, several narrowed by the board's team as of the board's date, and
 * still several or none being unmatched (reported, never guessed). A manual alias by name is
 * checked before name matching. A game is the team's game on the board's US/Eastern date, or a
 * new scheduled game with the canonical id (venue unknown) that a later import fills in.
 */
final class BoardIdentities {

  private final HistoryRepository history;
  private final IdentityRepository identities;

  BoardIdentities(HistoryRepository history, IdentityRepository identities) {
    this.history = history;
    this.identities = identities;
  }

  /** The source's id namespace of manual aliases by name ("prizepicks-name"). */
  static String nameSource(String source) {
    return source + "-name";
  }

  /** The players' resolution of one board player. */
  record Match(String playerId, String reason, List<String> candidates) {}
  /**
   * Resolves a board request ({source, players, games}): 400 without its source; publishes
   * {@value Addresses#HISTORY_EVENTS_CHANGED} when it created games or links.
   */
  Future<ResolvedBoard> resolve(JsonObject board, EventBus bus) {
    if (board == null || board.getString("source") == null) {
      return Future.failedFuture(Failures.badRequest("source", "source (the platform) is required"));
    }
    String source = board.getString("source");
    return resolve(source, objects(board.getJsonArray("players")), objects(board.getJsonArray("games")))
        .onSuccess(r -> {
          if (r.getInteger("games_created", 0) + r.getInteger("links_created", 0) > 0) {
            bus.publish(Addresses.HISTORY_EVENTS_CHANGED, new JsonObject()
                .put("source", "board:" + source)
                .put("games_created", r.getInteger("games_created")).put("at", java.time.Instant.now().toString()));
          }
        }).map(ResolvedBoard::new);
  }

  private static List<JsonObject> objects(JsonArray array) {
    List<JsonObject> out = new ArrayList<>();
    if (array != null) {
      for (Object o : array) {
        if (o instanceof JsonObject j) {
          out.add(j);
        }
      }
    }
    return out;
  }

  Future<JsonObject> resolve(String source, List<JsonObject> players, List<JsonObject> games) {
    List<String> externalIds = players.stream().map(p -> p.getString("external_id")).filter(x -> x != null)
        .distinct().toList();
    List<String> keys = players.stream().map(p -> NameKeys.of(p.getString("name"))).distinct().toList();
    Instant now = Instant.now();
    return Future.all(identities.lookup(Identity.PLAYER, source, externalIds),
            identities.lookup(Identity.PLAYER, nameSource(source), keys), history.players())
        .compose(all -> {
          Map<String, String> byId = all.resultAt(0);
          Map<String, String> byAlias = all.resultAt(1);
          List<Player> stored = all.resultAt(2);
          return matchPlayers(source, players, byId, byAlias, stored, now)
              .compose(playerIds -> GameResolver.resolve(history, identities, source, games, now)
                  .map(gameIds -> playerIds.put("games", gameIds.getJsonObject("games"))
                      .put("games_created", gameIds.getInteger("games_created"))));
        });
  }

  private Future<JsonObject> matchPlayers(String source, List<JsonObject> players, Map<String, String> byId,
      Map<String, String> byAlias, List<Player> stored, Instant now) {
    Map<String, Player> byPlayerId = new HashMap<>();
    Map<String, List<Player>> byName = new HashMap<>();
    for (Player p : stored) {
      byPlayerId.put(p.id(), p);
      byName.computeIfAbsent(NameKeys.of(p.name()), k -> new ArrayList<>()).add(p);
    }
    JsonObject out = new JsonObject();
    List<Identity> links = new ArrayList<>();
    List<Player> teamsLearned = new ArrayList<>();
    Map<String, UnmatchedPlayer> unmatched = new HashMap<>();
    int matched = 0;
    for (JsonObject p : players) {
      String externalId = p.getString("external_id");
      String name = p.getString("name");
      String team = TeamCodes.canonical(p.getString("team"));
      String key = NameKeys.of(name);
      String id = externalId == null ? null : byId.get(externalId);
      if (id == null || !byPlayerId.containsKey(id)) {
        id = byAlias.get(key);
      }
      Match m = id != null && byPlayerId.containsKey(id) ? new Match(id, null, List.of())
          : byName(name, team, byName);
      out.put(p.getString("key"), m.playerId());
      if (m.playerId() == null) {
        UnmatchedPlayer u = new UnmatchedPlayer(source, key, name, team, m.reason(),
            p.getInteger("props", 1), now);
        unmatched.merge(key, u, (a, b) -> new UnmatchedPlayer(source, key, name, team, a.reason(),
            a.props() + b.props(), now));
        continue;
      }
      matched++;
      if (externalId != null && !m.playerId().equals(byId.get(externalId))) {
        links.add(new Identity(Identity.PLAYER, source, externalId, m.playerId(), "name", now));
        byId.put(externalId, m.playerId());
      }
      Player known = byPlayerId.get(m.playerId());
      if (known.teamId() == null && team != null) {
        Player withTeam = new Player(known.id(), known.name(), team, known.position());
        byPlayerId.put(known.id(), withTeam);
        teamsLearned.add(withTeam);
      }
    }
    int matchedPlayers = matched;
    return identities.record(links)
        .compose(v -> history.savePlayers(teamsLearned))
        .compose(v -> identities.replaceUnmatched(source, List.copyOf(unmatched.values())))
        .map(v -> new JsonObject().put("players", out).put("matched", matchedPlayers)
            .put("unmatched", unmatched.size()).put("links_created", links.size()));
  }

  /** The one stored player of this name, narrowed by the board's team when there are several. */
  static Match byName(String name, String team, Map<String, List<Player>> byName) {
    Set<Player> candidates = new LinkedHashSet<>();
    for (String key : NameKeys.keys(name)) {
      candidates.addAll(byName.getOrDefault(key, List.of()));
    }
    if (candidates.isEmpty()) {
      return new Match(null, "no_history_match", List.of());
    }
    if (candidates.size() == 1) {
      return new Match(candidates.iterator().next().id(), null, List.of());
    }
    List<Player> sameTeam = candidates.stream().filter(c -> team != null && team.equals(c.teamId())).toList();
    if (sameTeam.size() == 1) {
      return new Match(sameTeam.get(0).id(), null, List.of());
    }
    List<String> ids = candidates.stream().map(Player::id).sorted().toList();
    return new Match(null, "ambiguous: " + String.join(", ", ids), ids);
  }

  /** Unmatched board players, most props first. */
  Future<UnmatchedPage> unmatched(String source, int limit, int offset) {
    return identities.unmatched(source, limit, offset).map(UnmatchedPage::of);
  }

  static LocalDate date(JsonObject o) {
    String d = o.getString("date");
    return d == null ? null : LocalDate.parse(d);
  }
}
