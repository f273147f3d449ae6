package com.betterbros.props.props;

import com.betterbros.props.identity.GameIds;
import com.betterbros.props.identity.NameKeys;
import com.betterbros.props.props.core.Prop;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The identity request of a parsed board and how its answer is applied: each NBA prop's player
 * (the platform's id, name, team, US/Eastern date) and game (sport, date, team, opponent, the
 * platform's game id) go to the history domain once; the props come back attached to the
 * canonical player and game ids. A prop whose player no history matched keeps the slug of its
 * name (it is listed as unmatched); a prop of another sport keeps the platform's ids.
 */
final class BoardResolution {

  private BoardResolution() {}

  /** Whether the board has props the identity layer resolves. */
  static boolean needed(List<Prop> props) {
    return props.stream().anyMatch(BoardResolution::resolvable);
  }

  /** The {@code HistoryService.resolveBoard} request of a board. */
  static JsonObject request(String platform, List<Prop> props) {
    Map<String, JsonObject> players = new LinkedHashMap<>();
    Map<String, JsonObject> games = new LinkedHashMap<>();
    for (Prop p : props) {
      if (!resolvable(p)) {
        continue;
      }
      LocalDate date = GameIds.easternDate(p.startTime());
      JsonObject player = players.computeIfAbsent(playerKey(p), k -> new JsonObject().put("key", k)
          .put("external_id", p.playerExternalId()).put("name", p.playerName()).put("team", blank(p.team()))
          .put("date", date.toString()).put("props", 0));
      player.put("props", player.getInteger("props") + 1);
      if (blank(p.team()) != null && blank(p.opponent()) != null) {
        games.computeIfAbsent(gameKey(p), k -> new JsonObject().put("key", k).put("sport", p.sport())
            .put("date", date.toString()).put("team", p.team()).put("opponent", p.opponent())
            .put("start_time", p.startTime().toString()).put("external_id", p.gameId()));
      }
    }
    return new JsonObject().put("source", platform)
        .put("players", new JsonArray(new ArrayList<>(players.values())))
        .put("games", new JsonArray(new ArrayList<>(games.values())));
  }

  /** The props with canonical ids where the answer has them. */
  static List<Prop> apply(List<Prop> props, JsonObject answer) {
    JsonObject players = answer.getJsonObject("players", new JsonObject());
    JsonObject games = answer.getJsonObject("games", new JsonObject());
    List<Prop> out = new ArrayList<>(props.size());
    for (Prop p : props) {
      if (!resolvable(p)) {
        out.add(p);
        continue;
      }
      String player = players.getString(playerKey(p));
      String game = games.getString(gameKey(p));
      out.add(p.withIds(player != null ? player : p.playerId(), game != null ? game : p.gameId()));
    }
    return out;
  }

  private static boolean resolvable(Prop p) {
    return "NBA".equals(p.sport());
  }

  static String playerKey(Prop p) {
    return p.playerExternalId() != null ? "id:" + p.playerExternalId()
        : "name:" + NameKeys.of(p.playerName()) + "|" + p.team();
  }

  private static String gameKey(Prop p) {
    return p.sport() + "|" + GameIds.easternDate(p.startTime()) + "|" + p.team() + "|" + p.opponent();
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
