package com.betterbros.props.optimize;

import com.betterbros.props.bus.Failures;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code prop_ids} form of a simulate or parlays body: the ids (distinct, non-blank), the
 * optional sides (simulate only) and the rest of the body. Before any other service is asked, the
 * rest is validated by the explicit-legs parser against stand-in legs ({@link #withStandInLegs}), so
 * a bad payout, method or constraint is a 400/422 even while no model is in production.
 *
 * @param ids the prop ids, in the caller's order
 * @param sides "over"/"under" per id, or null for each prop's better side by the model
 * @param rest the body without prop_ids and sides
 */
record PropIdsRequest(List<String> ids, List<String> sides, JsonObject rest) {

  /** Parses prop_ids (min..max distinct ids) and, when {@code sidesAllowed}, sides (one per id). */
  static PropIdsRequest parse(JsonObject body, int min, int max, boolean sidesAllowed) {
    for (String conflicting : new String[] {"legs", "correlation"}) {
      if (body.containsKey(conflicting)) {
        throw Failures.badRequest(conflicting, "give either prop_ids or " + conflicting
            + ", not both: with prop_ids, p comes from the production model and R from the correlation service");
      }
    }
    List<String> ids = strings(body.getValue("prop_ids"), "prop_ids", min, max);
    if (new HashSet<>(ids).size() != ids.size()) {
      throw Failures.badRequest("prop_ids", "prop_ids must be distinct, got " + ids);
    }
    List<String> sides = null;
    if (body.containsKey("sides")) {
      if (!sidesAllowed) {
        throw Failures.badRequest("sides", "sides is not a field of this request: each prop is taken on the"
            + " model's better side");
      }
      sides = strings(body.getValue("sides"), "sides", ids.size(), ids.size());
      for (String side : sides) {
        if (!Set.of("over", "under").contains(side)) {
          throw Failures.badRequest("sides", "each side must be over or under, got '" + side + "'");
        }
      }
    }
    JsonObject rest = body.copy();
    rest.remove("prop_ids");
    rest.remove("sides");
    return new PropIdsRequest(List.copyOf(ids), sides == null ? null : List.copyOf(sides), rest);
  }

  /**
   * The rest of the body with n stand-in legs (p 0.5, each its own game) in place of the ids:
   * parsing it checks every other field before the model and correlation services are asked.
   */
  JsonObject withStandInLegs() {
    JsonArray legs = new JsonArray();
    for (int i = 0; i < ids.size(); i++) {
      legs.add(new JsonObject().put("id", ids.get(i)).put("p", 0.5).put("player", "player-" + i)
          .put("team", "team-" + i).put("game", "game-" + i));
    }
    return rest.copy().put("legs", legs);
  }

  private static List<String> strings(Object value, String field, int min, int max) {
    String shape = min == max ? min + " strings" : min + " to " + max + " strings";
    if (!(value instanceof JsonArray array)) {
      throw Failures.badRequest(field, field + " must be an array of " + shape);
    }
    if (array.size() < min || array.size() > max) {
      throw Failures.badRequest(field, field + " must hold " + shape + ", got " + array.size());
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      if (!(array.getValue(i) instanceof String s) || s.isBlank()) {
        throw Failures.badRequest(field, field + "[" + i + "] must be a non-empty string");
      }
      out.add(s.trim());
    }
    return out;
  }
}
