package com.betterbros.props.live;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;

/** PrizePicks feeds for tests: one projection copying a stored prop's player and game, with a new id and line. */
final class LiveBoards {

  private static final Map<String, String> STAT_NAMES = Map.of("points", "Points", "rebounds", "Rebounds",
      "assists", "Assists", "threes", "3-PT Made", "pts_rebs_asts", "Pts+Rebs+Asts", "pts_rebs", "Pts+Rebs",
      "pts_asts", "Pts+Asts", "rebs_asts", "Rebs+Asts", "blks_stls", "Blks+Stls", "steals", "Steals");

  private LiveBoards() {}

  /** Every open PrizePicks prop, as GET /props lists them. */
  static java.util.List<JsonObject> openBoard(com.betterbros.props.http.ApiClient api) {
    java.util.List<JsonObject> out = new java.util.ArrayList<>();
    for (int offset = 0; ; offset += 500) {
      JsonArray items = api.ok("/props?status=open&platform=prizepicks&limit=500&offset=" + offset).getJsonArray("items");
      items.forEach(o -> out.add((JsonObject) o));
      if (items.size() < 500) {
        return out;
      }
    }
  }

  /** The whole board again, under the props' own projection ids, every line moved by {@code shift}. */
  static Buffer board(java.util.List<JsonObject> props, double shift) {
    JsonArray data = new JsonArray();
    JsonArray included = new JsonArray();
    for (JsonObject p : props) {
      String ext = p.getString("id").substring(p.getString("id").indexOf(':') + 1);
      JsonObject one = new JsonObject(feed(p, ext, p.getDouble("line") + shift));
      data.add(one.getJsonArray("data").getJsonObject(0));
      one.getJsonArray("included").forEach(included::add);
    }
    return new JsonObject().put("data", data).put("included", included).toBuffer();
  }

  static Buffer feed(JsonObject prop, String projectionId, double line) {
    JsonObject projection = new JsonObject().put("type", "projection").put("id", projectionId)
        .put("attributes", new JsonObject().put("line_score", line)
            .put("stat_type", STAT_NAMES.getOrDefault(prop.getString("stat_type"), prop.getString("stat_type")))
            .put("start_time", prop.getString("start_time")).put("description", prop.getString("opponent"))
            .put("odds_type", "standard").put("status", "pre_game"))
        .put("relationships", new JsonObject()
            .put("new_player", new JsonObject().put("data", new JsonObject().put("type", "new_player")
                .put("id", "p-" + projectionId)))
            .put("league", new JsonObject().put("data", new JsonObject().put("type", "league").put("id", "7"))));
    JsonObject player = new JsonObject().put("type", "new_player").put("id", "p-" + projectionId)
        .put("attributes", new JsonObject().put("name", prop.getString("player_name"))
            .put("display_name", prop.getString("player_name")).put("team", prop.getString("team"))
            .put("league", "NBA"));
    JsonObject league = new JsonObject().put("type", "league").put("id", "7")
        .put("attributes", new JsonObject().put("name", "NBA"));
    return new JsonObject().put("data", new JsonArray().add(projection))
        .put("included", new JsonArray().add(player).add(league)).toBuffer();
  }
}
