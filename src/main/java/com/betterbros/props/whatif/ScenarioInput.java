package com.betterbros.props.whatif;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.model.core.PowerPayouts;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A checked injury or lineup scenario. Every problem is a 400 naming its field.
 *
 * @param kind injury or lineup
 * @param date the scenario's date, or null
 * @param gameIds the scenario's games, or empty
 * @param players the named players in request order: each out (minutes NaN) or given minutes
 * @param team the lineup's team, or null
 * @param starters the lineup's starters, or empty
 * @param platform the props' platform, or null for all
 * @param slipSize the compared slip's size (2..6)
 * @param payout the compared slip's {platform, mode}
 */
record ScenarioInput(String kind, LocalDate date, List<String> gameIds, Map<String, Directive> players, String team,
    List<String> starters, String platform, int slipSize, JsonObject payout) {

  /** One named player: out ({@code minutes} NaN) or projected at {@code minutes}; {@code field} names it in errors. */
  record Directive(String playerId, String role, double minutes, String field) {

    boolean out() {
      return Double.isNaN(minutes);
    }
  }

  static final int MAX_PLAYERS = 15;
  static final double MAX_MINUTES = 48;
  static final Set<String> INJURY_FIELDS = Set.of("date", "game_ids", "players_out", "limited", "platform", "slip");
  static final Set<String> LINEUP_FIELDS = Set.of("team", "date", "game_id", "minutes", "starters", "platform", "slip");

  static ScenarioInput injury(JsonObject body) {
    known(body, INJURY_FIELDS);
    Map<String, Directive> players = new LinkedHashMap<>();
    JsonArray out = array(body, "players_out");
    for (int i = 0; i < out.size(); i++) {
      String id = id(out.getValue(i), "players_out[" + i + "]");
      players.put(id, new Directive(id, "out", Double.NaN, "players_out[" + i + "]"));
    }
    JsonArray limited = array(body, "limited");
    for (int i = 0; i < limited.size(); i++) {
      String field = "limited[" + i + "]";
      if (!(limited.getValue(i) instanceof JsonObject l)) {
        throw Failures.badRequest(field, field + " must be an object {player_id, minutes}");
      }
      String id = id(l.getValue("player_id"), field + ".player_id");
      if (players.containsKey(id)) {
        throw Failures.badRequest(field + ".player_id", "player '" + id + "' is named twice");
      }
      players.put(id, new Directive(id, "limited", minutes(l.getValue("minutes"), field + ".minutes"), field + ".player_id"));
    }
    if (players.isEmpty()) {
      throw Failures.badRequest("players_out", "name at least one player in players_out or limited");
    }
    if (players.size() > MAX_PLAYERS) {
      throw Failures.badRequest("players_out", "at most " + MAX_PLAYERS + " players per scenario, got " + players.size());
    }
    JsonArray games = array(body, "game_ids");
    List<String> gameIds = new ArrayList<>();
    for (int i = 0; i < games.size(); i++) {
      gameIds.add(id(games.getValue(i), "game_ids[" + i + "]"));
    }
    return finish("injury", body, gameIds, players, null, List.of());
  }

  static ScenarioInput lineup(JsonObject body) {
    known(body, LINEUP_FIELDS);
    String team = id(body.getValue("team"), "team");
    Map<String, Directive> players = new LinkedHashMap<>();
    Object raw = body.getValue("minutes");
    if (raw != null && !(raw instanceof JsonObject)) {
      throw Failures.badRequest("minutes", "minutes must be an object {player_id: minutes}");
    }
    JsonObject minutes = raw == null ? new JsonObject() : (JsonObject) raw;
    for (String id : minutes.fieldNames()) {
      double m = minutes(minutes.getValue(id), "minutes." + id);
      players.put(id, new Directive(id, m == 0 ? "out" : "minutes", m == 0 ? Double.NaN : m, "minutes." + id));
    }
    JsonArray startersJson = array(body, "starters");
    List<String> starters = new ArrayList<>();
    for (int i = 0; i < startersJson.size(); i++) {
      starters.add(id(startersJson.getValue(i), "starters[" + i + "]"));
    }
    if (players.isEmpty() && starters.isEmpty()) {
      throw Failures.badRequest("minutes", "give minutes {player_id: minutes} and/or starters");
    }
    if (starters.size() > 5) {
      throw Failures.badRequest("starters", "at most 5 starters, got " + starters.size());
    }
    Object game = body.getValue("game_id");
    List<String> gameIds = game == null ? List.of() : List.of(id(game, "game_id"));
    return finish("lineup", body, gameIds, players, team, List.copyOf(starters));
  }

  private static ScenarioInput finish(String kind, JsonObject body, List<String> gameIds, Map<String, Directive> players,
      String team, List<String> starters) {
    LocalDate date = null;
    if (body.getValue("date") != null) {
      if (!gameIds.isEmpty()) {
        throw Failures.badRequest("date", "give a date or games, not both");
      }
      try {
        date = LocalDate.parse(String.valueOf(body.getValue("date")));
      } catch (DateTimeParseException e) {
        throw Failures.badRequest("date", "date must be YYYY-MM-DD, got '" + body.getValue("date") + "'");
      }
    }
    Object platform = body.getValue("platform");
    if (platform != null && !(platform instanceof String p && PowerPayouts.knows(p))) {
      throw Failures.badRequest("platform", "platform must be prizepicks or underdog, got '" + platform + "'");
    }
    Object rawSlip = body.getValue("slip");
    if (rawSlip != null && !(rawSlip instanceof JsonObject)) {
      throw Failures.badRequest("slip", "slip must be an object {size, payout: {platform, mode}}");
    }
    JsonObject slip = rawSlip == null ? new JsonObject() : (JsonObject) rawSlip;
    Object size = slip.getValue("size", 2);
    if (!(size instanceof Integer s) || s < 2 || s > 6) {
      throw Failures.badRequest("slip.size", "slip.size must be a whole number 2..6, got " + size);
    }
    Object payout = slip.getValue("payout");
    if (payout != null && !(payout instanceof JsonObject)) {
      throw Failures.badRequest("slip.payout", "slip.payout must be an object {platform, mode}");
    }
    // default: the platform's clean-sweep mode (PrizePicks power, Underdog standard)
    String slipPlatform = platform == null ? "prizepicks" : (String) platform;
    JsonObject pay = payout != null ? (JsonObject) payout : new JsonObject().put("platform", slipPlatform)
        .put("mode", "underdog".equals(slipPlatform) ? "standard" : "power");
    return new ScenarioInput(kind, date, List.copyOf(gameIds), players, team, starters, (String) platform,
        (Integer) size, pay);
  }

  private static void known(JsonObject body, Set<String> fields) {
    for (String key : body.fieldNames()) {
      if (!fields.contains(key)) {
        throw Failures.badRequest(key, "unknown field '" + key + "' (known: " + fields.stream().sorted().toList() + ")");
      }
    }
  }

  private static JsonArray array(JsonObject body, String field) {
    Object v = body.getValue(field);
    if (v == null) {
      return new JsonArray();
    }
    if (!(v instanceof JsonArray a) || a.size() > MAX_PLAYERS) {
      throw Failures.badRequest(field, field + " must be an array of at most " + MAX_PLAYERS + " entries");
    }
    return a;
  }

  private static String id(Object v, String field) {
    if (!(v instanceof String s) || s.isBlank()) {
      throw Failures.badRequest(field, field + " must be a non-empty id string, got " + v);
    }
    return s;
  }

  private static double minutes(Object v, String field) {
    if (!(v instanceof Number n) || !(n.doubleValue() >= 0 && n.doubleValue() <= MAX_MINUTES)) {
      throw Failures.badRequest(field, field + " must be minutes in [0, " + (int) MAX_MINUTES + "], got " + v);
    }
    return n.doubleValue();
  }
}
