package com.betterbros.props.history;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.history.core.PlayerGameStat;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A player's averages split by home/away, last n games, days of rest and opponent, over the box
 * scores where each split's field is known (a history row without venue or rest is in none of
 * those splits), and the query lists they take.
 */
final class PlayerSplits {

  private PlayerSplits() {}

  static JsonObject of(List<PlayerGameStat> games, List<String> stats, List<Integer> lastN) {
    JsonObject out = new JsonObject()
        .put("overall", StatAverages.of(games, stats))
        .put("home", StatAverages.of(filter(games, g -> Boolean.TRUE.equals(g.home())), stats))
        .put("away", StatAverages.of(filter(games, g -> Boolean.FALSE.equals(g.home())), stats));
    for (int n : lastN) {
      out.put("last_" + n, StatAverages.of(games.subList(Math.max(0, games.size() - n), games.size()), stats));
    }
    JsonObject byRest = new JsonObject()
        .put("0", StatAverages.of(filter(games, g -> g.restDays() != null && g.restDays() == 0), stats))
        .put("1", StatAverages.of(filter(games, g -> g.restDays() != null && g.restDays() == 1), stats))
        .put("2+", StatAverages.of(filter(games, g -> g.restDays() != null && g.restDays() >= 2), stats));
    out.put("by_rest_days", byRest);
    Map<String, List<PlayerGameStat>> byOpponent = games.stream().filter(g -> g.opponentId() != null)
        .collect(Collectors.groupingBy(PlayerGameStat::opponentId, TreeMap::new, Collectors.toList()));
    JsonObject vs = new JsonObject();
    byOpponent.forEach((opp, list) -> vs.put(opp, StatAverages.of(list, stats)));
    return out.put("by_opponent", vs);
  }

  private static List<PlayerGameStat> filter(List<PlayerGameStat> games, Predicate<PlayerGameStat> keep) {
    return games.stream().filter(keep).toList();
  }

  static List<String> columns(String csv, String field, List<String> fallback) {
    if (csv == null) {
      return fallback;
    }
    List<String> cols = Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    for (String c : cols) {
      if (!StatAverages.COLUMNS.contains(c)) {
        throw Failures.badRequest(field, field + " has unknown stat '" + c + "'; known: " + StatAverages.COLUMNS);
      }
    }
    return cols.isEmpty() ? fallback : cols;
  }

  static List<Integer> lastN(String csv) {
    if (csv == null) {
      return List.of(5, 10, 20);
    }
    List<Integer> out = new ArrayList<>();
    for (String s : csv.split(",")) {
      try {
        int n = Integer.parseInt(s.trim());
        if (n < 1 || n > 82) {
          throw new NumberFormatException();
        }
        out.add(n);
      } catch (NumberFormatException e) {
        throw Failures.badRequest("last_n", "last_n must be a comma list of whole numbers 1..82, got '" + csv + "'");
      }
    }
    return out;
  }

}
