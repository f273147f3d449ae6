package com.betterbros.props.optimize;

import com.betterbros.props.optimize.core.PayoutTable;
import com.betterbros.props.optimize.core.PayoutVersion;
import com.betterbros.props.optimize.core.SlipEconomics;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Slip detection on a priced board (the reply of {@code GET /optimize/slips}). For each table of
 * the payout version with a finite per-leg breakeven b ({@link SlipEconomics#breakeven}), the
 * qualifying legs are the props of that platform whose better side clears it: p = max(p_over,
 * p_under) >= b, with edge = p - b, largest edge first (ties by prop id). Discrepancies pair a
 * prizepicks and an underdog prop of the same player, game and stat type whose lines differ,
 * largest line gap first (ties by player, stat type, prop ids).
 */
final class SlipDetection {

  static final String PRIZEPICKS = "prizepicks";
  static final String UNDERDOG = "underdog";

  /**
   * One priced prop.
   *
   * @param id the prop id
   * @param platform prizepicks or underdog
   * @param playerId the player
   * @param gameId the game
   * @param statType the stat type
   * @param line the posted line
   * @param pOver the model's P(stat > line)
   */
  record PricedProp(String id, String platform, String playerId, String gameId, String statType, double line,
      double pOver) {

    double best() {
      return Math.max(pOver, 1 - pOver);
    }

    String side() {
      return pOver >= 1 - pOver ? "over" : "under";
    }
  }

  private SlipDetection() {}

  /** The reply body: model_version, slip_types, discrepancies and total_discrepancies; each list cut to limit. */
  static JsonObject detect(String modelVersion, PayoutVersion payouts, List<PricedProp> props, int limit) {
    JsonArray types = new JsonArray();
    payouts.tables().stream()
        .sorted(Comparator.comparing(PayoutTable::platform).thenComparing(PayoutTable::mode)
            .thenComparingInt(PayoutTable::legs))
        .forEach(t -> {
          double breakeven = SlipEconomics.breakeven(t);
          if (Double.isFinite(breakeven)) {
            types.add(qualifying(t, breakeven, props, limit));
          }
        });
    List<JsonObject> found = discrepancies(props);
    return new JsonObject()
        .put("model_version", modelVersion)
        .put("payout_version", payouts.version())
        .put("slip_types", types)
        .put("discrepancies", new JsonArray(found.subList(0, Math.min(limit, found.size()))))
        .put("total_discrepancies", found.size());
  }

  private static JsonObject qualifying(PayoutTable t, double breakeven, List<PricedProp> props, int limit) {
    List<PricedProp> legs = props.stream()
        .filter(p -> p.platform().equals(t.platform()) && p.best() >= breakeven)
        .sorted(Comparator.comparingDouble((PricedProp p) -> -p.best()).thenComparing(PricedProp::id))
        .toList();
    JsonArray out = new JsonArray();
    legs.stream().limit(limit).forEach(p -> out.add(new JsonObject()
        .put("prop_id", p.id())
        .put("side", p.side())
        .put("p", p.best())
        .put("edge", p.best() - breakeven)));
    return new JsonObject()
        .put("platform", t.platform())
        .put("mode", t.mode())
        .put("legs", t.legs())
        .put("breakeven", breakeven)
        .put("qualifying", out)
        .put("total", legs.size());
  }

  private static List<JsonObject> discrepancies(List<PricedProp> props) {
    Map<String, List<PricedProp>> byKey = new LinkedHashMap<>();
    for (PricedProp p : props) {
      byKey.computeIfAbsent(p.playerId() + "|" + p.gameId() + "|" + p.statType(), k -> new ArrayList<>()).add(p);
    }
    List<PricedProp[]> pairs = new ArrayList<>();
    for (List<PricedProp> same : byKey.values()) {
      for (PricedProp pp : same) {
        for (PricedProp ud : same) {
          if (PRIZEPICKS.equals(pp.platform()) && UNDERDOG.equals(ud.platform()) && pp.line() != ud.line()) {
            pairs.add(new PricedProp[] {pp, ud});
          }
        }
      }
    }
    pairs.sort(Comparator.comparingDouble((PricedProp[] d) -> -Math.abs(d[0].line() - d[1].line()))
        .thenComparing(d -> d[0].playerId())
        .thenComparing(d -> d[0].statType())
        .thenComparing(d -> d[0].id())
        .thenComparing(d -> d[1].id()));
    return pairs.stream().map(d -> new JsonObject()
        .put("player_id", d[0].playerId())
        .put("stat_type", d[0].statType())
        .put("game_id", d[0].gameId())
        .put(PRIZEPICKS, side(d[0]))
        .put(UNDERDOG, side(d[1]))).toList();
  }

  private static JsonObject side(PricedProp p) {
    return new JsonObject().put("prop_id", p.id()).put("line", p.line()).put("p_over", p.pOver());
  }
}
