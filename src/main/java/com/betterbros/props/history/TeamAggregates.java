package com.betterbros.props.history;

import com.betterbros.props.history.api.TeamView;
import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.history.core.Team;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A team's record and per-game averages from final games. Ratings are per 100 possessions:
 * offensive rating = 100 * points for / pace, defensive = 100 * points against / pace.
 * {@code recent_results} lists the last ten final games, newest first.
 */
final class TeamAggregates {

  static final int RECENT_GAMES = 10;

  private TeamAggregates() {}

  static JsonObject of(Team team, List<Game> games, List<PlayerGameStat> stats) {
    List<Game> played = games.stream().filter(g -> g.isFinal() && g.hasScore() && g.sidesKnown()).toList();
    int wins = 0;
    double pointsFor = 0;
    double pointsAgainst = 0;
    double pace = 0;
    for (Game g : played) {
      boolean home = g.homeTeam().equals(team.id());
      int own = home ? g.homeScore() : g.awayScore();
      int opp = home ? g.awayScore() : g.homeScore();
      wins += own > opp ? 1 : 0;
      pointsFor += own;
      pointsAgainst += opp;
      pace += g.pace() == null ? 0 : g.pace();
    }
    int n = played.size();
    JsonObject out = new JsonObject()
        .put("team", TeamView.of(team).toJson())
        .put("games", n)
        .put("wins", wins)
        .put("losses", n - wins);
    if (n > 0 && pace > 0) {
      out.put("points_for", round(pointsFor / n))
          .put("points_against", round(pointsAgainst / n))
          .put("pace", round(pace / n))
          .put("offensive_rating", round(100 * pointsFor / pace))
          .put("defensive_rating", round(100 * pointsAgainst / pace))
          .put("net_rating", round(100 * (pointsFor - pointsAgainst) / pace));
    }
    JsonArray recent = new JsonArray();
    played.stream()
        .sorted(Comparator.comparing(Game::date).reversed())
        .limit(RECENT_GAMES)
        .forEach(g -> recent.add(result(team.id(), g)));
    out.put("recent_results", recent);
    Map<String, List<PlayerGameStat>> byPlayer =
        stats.stream().collect(Collectors.groupingBy(PlayerGameStat::playerId));
    JsonArray players = new JsonArray();
    byPlayer.entrySet().stream()
        .sorted(Comparator.comparingDouble(e -> -mean(e.getValue())))
        .forEach(e -> players.add(new JsonObject()
            .put("player_id", e.getKey())
            .put("averages", StatAverages.of(e.getValue(), StatAverages.COLUMNS.subList(0, 9)))));
    return out.put("players", players);
  }

  private static JsonObject result(String teamId, Game g) {
    boolean home = g.homeTeam().equals(teamId);
    int own = home ? g.homeScore() : g.awayScore();
    int opp = home ? g.awayScore() : g.homeScore();
    return new JsonObject()
        .put("game_id", g.id())
        .put("date", g.date().toString())
        .put("opponent", g.opponentOf(teamId))
        .put("home", home)
        .put("points_for", own)
        .put("points_against", opp)
        .put("result", own > opp ? "W" : "L");
  }

  private static double mean(List<PlayerGameStat> games) {
    return games.stream().mapToDouble(PlayerGameStat::minutes).filter(m -> !Double.isNaN(m)).average().orElse(0);
  }

  private static double round(double v) {
    return Math.round(v * 100.0) / 100.0;
  }
}
