package com.betterbros.props.live;

import com.betterbros.props.live.core.BestSlip;
import com.betterbros.props.live.core.Edge;
import com.betterbros.props.live.core.EdgeEvent;
import com.betterbros.props.live.core.EdgeFilter;
import com.betterbros.props.live.core.FeedState;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The feed's wire form: edges, best slips, events and the shared state as snake_case JSON. */
final class EdgeJson {

  private EdgeJson() {}

  static JsonObject edge(Edge e) {
    return new JsonObject().put("prop_id", e.propId()).put("platform", e.platform()).put("player_id", e.playerId())
        .put("player_name", e.playerName()).put("team", e.team()).put("game_id", e.gameId())
        .put("stat_type", e.statType()).put("line", e.line()).put("side", e.side()).put("p", e.p())
        .put("breakeven", e.breakeven()).put("edge", e.edge()).put("start_time", e.startTime())
        .put("model_version", e.modelVersion());
  }

  static Edge edge(JsonObject j) {
    return new Edge(j.getString("prop_id"), j.getString("platform"), j.getString("player_id"),
        j.getString("player_name"), j.getString("team"), j.getString("game_id"), j.getString("stat_type"),
        j.getDouble("line"), j.getString("side"), j.getDouble("p"), j.getDouble("breakeven"), j.getDouble("edge"),
        j.getString("start_time"), j.getString("model_version"));
  }

  static JsonObject slip(BestSlip s) {
    if (s == null) {
      return null;
    }
    JsonArray legs = new JsonArray();
    s.legs().forEach(l -> legs.add(new JsonObject().put("prop_id", l.propId()).put("player_name", l.playerName())
        .put("stat_type", l.statType()).put("line", Double.isNaN(l.line()) ? null : l.line()).put("side", l.side())
        .put("p", Double.isNaN(l.p()) ? null : l.p())));
    return new JsonObject().put("platform", s.platform()).put("mode", s.mode()).put("size", s.size())
        .put("p_all", s.pAll()).put("ev", s.ev()).put("legs", legs);
  }

  static BestSlip slip(JsonObject j) {
    if (j == null) {
      return null;
    }
    List<BestSlip.Leg> legs = j.getJsonArray("legs").stream().map(JsonObject.class::cast)
        .map(l -> new BestSlip.Leg(l.getString("prop_id"), l.getString("player_name"), l.getString("stat_type"),
            l.getDouble("line", Double.NaN), l.getString("side"), l.getDouble("p", Double.NaN)))
        .toList();
    return new BestSlip(j.getString("platform"), j.getString("mode"), j.getInteger("size"), j.getDouble("p_all"),
        j.getDouble("ev"), legs);
  }

  /** An event as clients receive it: {type, seq, at, ...} with the fields of its type. */
  static JsonObject event(EdgeEvent e) {
    JsonObject j = new JsonObject().put("type", e.type().wire).put("seq", e.seq()).put("at", e.at());
    switch (e.type()) {
      case NEW -> j.put("edge", edge(e.edge()));
      case CHANGED -> j.put("edge", edge(e.edge()))
          .put("previous", new JsonObject().put("line", e.previous().line()).put("side", e.previous().side())
              .put("p", e.previous().p()).put("edge", e.previous().edge()))
          .put("reasons", new JsonArray(e.reasons()));
      case GONE -> j.put("prop_id", e.propId()).put("reason", e.reason()).put("edge", edge(e.edge()));
      case SLIP_BEST -> j.put("platform", e.platform()).put("slip", slip(e.slip()));
    }
    return j;
  }

  /** The bus form of an event: the client form plus what a node needs to rebuild it. */
  static JsonObject busEvent(EdgeEvent e) {
    JsonObject j = event(e);
    if (e.type() == EdgeEvent.Type.CHANGED) {
      j.put("previous", edge(e.previous()));
    }
    return j;
  }

  static EdgeEvent busEvent(JsonObject j) {
    long seq = j.getLong("seq");
    String at = j.getString("at");
    return switch (j.getString("type")) {
      case "edge.new" -> EdgeEvent.added(seq, at, edge(j.getJsonObject("edge")));
      case "edge.changed" -> EdgeEvent.changed(seq, at, edge(j.getJsonObject("edge")),
          edge(j.getJsonObject("previous")), j.getJsonArray("reasons").stream().map(String.class::cast).toList());
      case "edge.gone" -> EdgeEvent.gone(seq, at, edge(j.getJsonObject("edge")), j.getString("reason"));
      default -> EdgeEvent.bestSlip(seq, at, j.getString("platform"), slip(j.getJsonObject("slip")));
    };
  }

  static JsonObject state(FeedState s) {
    JsonArray edges = new JsonArray();
    s.edges().values().forEach(e -> edges.add(edge(e)));
    JsonObject slips = new JsonObject();
    s.slips().forEach((platform, slip) -> slips.put(platform, slip(slip)));
    return new JsonObject().put("seq", s.seq()).put("edges", edges).put("slips", slips);
  }

  static FeedState state(JsonObject j) {
    Map<String, Edge> edges = new HashMap<>();
    j.getJsonArray("edges").forEach(o -> {
      Edge e = edge((JsonObject) o);
      edges.put(e.propId(), e);
    });
    Map<String, BestSlip> slips = new HashMap<>();
    j.getJsonObject("slips").forEach(en -> slips.put(en.getKey(), slip((JsonObject) en.getValue())));
    return new FeedState(j.getLong("seq"), edges, slips);
  }

  /** A subscribe message's filter; every field optional. Throws IllegalArgumentException naming a bad field. */
  static EdgeFilter filter(Object value) {
    if (value == null) {
      return EdgeFilter.ALL;
    }
    if (!(value instanceof JsonObject f)) {
      throw new IllegalArgumentException("filter must be an object {platforms, stat_types, teams, players, min_edge,"
          + " sides}");
    }
    for (String key : f.fieldNames()) {
      if (!List.of("platforms", "stat_types", "teams", "players", "min_edge", "sides").contains(key)) {
        throw new IllegalArgumentException("filter." + key + " is not a filter field (known: platforms, stat_types,"
            + " teams, players, min_edge, sides)");
      }
    }
    Object min = f.getValue("min_edge");
    if (min != null && !(min instanceof Number n && Double.isFinite(n.doubleValue()))) {
      throw new IllegalArgumentException("filter.min_edge must be a number (e.g. 0.02), got " + min);
    }
    java.util.Set<String> sides = strings(f, "sides");
    for (String side : sides) {
      if (!side.equalsIgnoreCase("over") && !side.equalsIgnoreCase("under")) {
        throw new IllegalArgumentException("filter.sides holds over and/or under, got '" + side + "'");
      }
    }
    return new EdgeFilter(strings(f, "platforms"), strings(f, "stat_types"), strings(f, "teams"),
        strings(f, "players"), min == null ? null : ((Number) min).doubleValue(), sides);
  }

  private static java.util.Set<String> strings(JsonObject f, String key) {
    Object v = f.getValue(key);
    if (v == null) {
      return java.util.Set.of();
    }
    if (!(v instanceof JsonArray a) || a.stream().anyMatch(x -> !(x instanceof String s) || s.isBlank())) {
      throw new IllegalArgumentException("filter." + key + " must be an array of non-empty strings, got " + v);
    }
    if (a.size() > 500) {
      throw new IllegalArgumentException("filter." + key + " holds at most 500 values, got " + a.size());
    }
    return new java.util.HashSet<>(a.stream().map(String.class::cast).toList());
  }
}
