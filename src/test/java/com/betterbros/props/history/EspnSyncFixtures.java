package com.betterbros.props.history;

import com.betterbros.props.espn.EspnFixtures;
import com.betterbros.props.http.ApiClient;
import com.betterbros.props.testing.Await;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the ESPN sync tests replay and expect, read from the fixtures under src/test/resources/espn
 * (see the README there: the final scoreboard, the summary, the roster and the injury report are
 * hand-made; the pre-game scoreboard of 2026-02-20 is recorded).
 */
final class EspnSyncFixtures {

  /** Request (path and query) to fixture file; anything else is a 404, as ESPN answers it. */
  static final Map<String, String> ROUTES = Map.of(
      "/scoreboard?dates=20260219", "scoreboard_2026-02-19_final.json",
      "/scoreboard?dates=20260220", "scoreboard_2026-02-20.json",
      "/summary?event=401810654", "summary_401810654.json",
      "/teams/9/roster", "roster_9.json",
      "/injuries", "injuries.json");

  /** ESPN's event of BOS @ GS on 2026-02-19, the one game with a summary. */
  static final String EVENT = "401810654";
  static final String GAME = "nba-20260219-BOS-GSW";

  /** The stat key of a summary column and the box-score columns it fills (made-attempted: two). */
  private static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

  static {
    COLUMNS.put("minutes", List.of("minutes"));
    COLUMNS.put("points", List.of("points"));
    COLUMNS.put("fieldGoalsMade-fieldGoalsAttempted", List.of("fgm", "fga"));
    COLUMNS.put("threePointFieldGoalsMade-threePointFieldGoalsAttempted", List.of("threes", "fg3a"));
    COLUMNS.put("freeThrowsMade-freeThrowsAttempted", List.of("ftm", "fta"));
    COLUMNS.put("rebounds", List.of("rebounds"));
    COLUMNS.put("assists", List.of("assists"));
    COLUMNS.put("turnovers", List.of("turnovers"));
    COLUMNS.put("steals", List.of("steals"));
    COLUMNS.put("blocks", List.of("blocks"));
    COLUMNS.put("offensiveRebounds", List.of("oreb"));
    COLUMNS.put("defensiveRebounds", List.of("dreb"));
    COLUMNS.put("fouls", List.of("pf"));
  }

  private EspnSyncFixtures() {}

  /** The request body of a sync. */
  static JsonObject body(String from, String to) {
    return new JsonObject().put("source", "espn").put("from", from).put("to", to);
  }

  /**
   * The starters of the summary fixture: display name to {column: value} as the fixture's cells
   * say (minutes "36" is 36, "7-14" is fgm 7 and fga 14), read independently of the parser.
   */
  static Map<String, JsonObject> starters() {
    JsonObject summary = new JsonObject(EspnFixtures.read("summary_" + EVENT + ".json"));
    Map<String, JsonObject> out = new LinkedHashMap<>();
    for (Object t : summary.getJsonObject("boxscore").getJsonArray("players")) {
      for (Object g : ((JsonObject) t).getJsonArray("statistics")) {
        JsonObject group = (JsonObject) g;
        List<Object> keys = group.getJsonArray("keys").getList();
        for (Object a : group.getJsonArray("athletes")) {
          JsonObject athlete = (JsonObject) a;
          if (!athlete.getBoolean("starter")) {
            continue;
          }
          JsonArray cells = athlete.getJsonArray("stats");
          JsonObject expected = new JsonObject();
          for (Map.Entry<String, List<String>> c : COLUMNS.entrySet()) {
            String[] parts = cells.getString(keys.indexOf(c.getKey())).split("-");
            for (int i = 0; i < c.getValue().size(); i++) {
              expected.put(c.getValue().get(i), Long.parseLong(parts[i]));
            }
          }
          out.put(athlete.getJsonObject("athlete").getString("displayName"), expected);
        }
      }
    }
    return out;
  }

  /** Polls a job until it has finished (4 minutes at most). */
  static JsonObject await(ApiClient client, String jobId) {
    long deadline = System.currentTimeMillis() + 240_000;
    while (System.currentTimeMillis() < deadline) {
      JsonObject job = client.ok("/jobs/" + jobId);
      if ("succeeded".equals(job.getString("status")) || "failed".equals(job.getString("status"))) {
        return job;
      }
      Await.sleep(100);
    }
    throw new AssertionError("job " + jobId + " did not finish in 240 s");
  }
}
