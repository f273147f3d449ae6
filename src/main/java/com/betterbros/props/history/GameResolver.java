package com.betterbros.props.history;

import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.Identity;
import com.betterbros.props.identity.GameIds;
import com.betterbros.props.identity.TeamCodes;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The games of a board: each board game (sport, US/Eastern date, team, opponent) is the team's
 * stored game on that date, or a new scheduled game with the canonical id, the venue unknown
 * ({@code sidesKnown} false), created once and filled in later by an import or sync. Only NBA
 * games whose two team codes are known are resolved; others keep the platform's game id.
 */
final class GameResolver {

  private GameResolver() {}

  static Future<JsonObject> resolve(HistoryRepository history, IdentityRepository identities, String source,
      List<JsonObject> games, Instant now) {
    List<JsonObject> nba = new ArrayList<>();
    LocalDate from = null;
    LocalDate to = null;
    for (JsonObject g : games) {
      LocalDate d = BoardIdentities.date(g);
      if ("NBA".equals(g.getString("sport")) && d != null && TeamCodes.canonical(g.getString("team")) != null
          && TeamCodes.canonical(g.getString("opponent")) != null) {
        nba.add(g);
        from = from == null || d.isBefore(from) ? d : from;
        to = to == null || d.isAfter(to) ? d : to;
      }
    }
    JsonObject ids = new JsonObject();
    if (nba.isEmpty()) {
      return Future.succeededFuture(new JsonObject().put("games", ids).put("games_created", 0));
    }
    return history.games(null, from, to).compose(stored -> {
      Map<String, Game> byTeamDay = new HashMap<>();
      stored.forEach(g -> {
        byTeamDay.put(g.homeTeam() + "|" + g.date(), g);
        byTeamDay.put(g.awayTeam() + "|" + g.date(), g);
      });
      Map<String, Game> writes = new LinkedHashMap<>();
      java.util.Set<String> newIds = new java.util.HashSet<>();
      List<Identity> links = new ArrayList<>();
      for (JsonObject g : nba) {
        LocalDate date = BoardIdentities.date(g);
        String team = TeamCodes.canonical(g.getString("team"));
        String opponent = TeamCodes.canonical(g.getString("opponent"));
        Game known = byTeamDay.get(team + "|" + date);
        if (known == null) {
          known = byTeamDay.get(opponent + "|" + date);
        }
        String id = known != null ? known.id() : GameIds.of("NBA", date, team, opponent);
        String first = team.compareTo(opponent) <= 0 ? team : opponent;
        String second = first.equals(team) ? opponent : team;
        String start = g.getString("start_time");
        // What the board knows of the game; merged onto a stored game it only adds a missing start time.
        Game seen = new Game(id, "NBA", date, start == null ? null : Instant.parse(start), first, second, null,
            null, null, null, null, Game.SCHEDULED, false);
        if (known == null) {
          newIds.add(id);
          byTeamDay.put(team + "|" + date, seen);
          byTeamDay.put(opponent + "|" + date, seen);
        }
        if (known == null || known.startTime() == null) {
          writes.merge(id, seen, Game::mergedOnto);
        }
        ids.put(g.getString("key"), id);
        if (g.getString("external_id") != null) {
          links.add(new Identity(Identity.GAME, source, g.getString("external_id"), id, "created", now));
        }
      }
      return history.saveGames(List.copyOf(writes.values()))
          .compose(v -> identities.record(links))
          .map(v -> new JsonObject().put("games", ids).put("games_created", newIds.size()));
    });
  }
}
