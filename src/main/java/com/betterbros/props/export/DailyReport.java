package com.betterbros.props.export;

import com.betterbros.props.eval.api.CalibrationQuery;
import com.betterbros.props.eval.api.LiveQuery;
import com.betterbros.props.export.core.Column;
import com.betterbros.props.export.core.Table;
import com.betterbros.props.optimize.api.PayoutChoice;
import com.betterbros.props.optimize.api.SlipSearchRequest;
import com.betterbros.props.optimize.api.SlipView;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The daily report of one game date, from the owning domains' services as the caller: the board's
 * top edges (the production model's predictions of the props starting from 10:00 UTC that day to
 * 10:00 UTC the next, the US day's games, largest edge first), the best 3-leg Power slips per
 * platform from its {@value #SLIP_LEGS_PER_PLATFORM} best legs, yesterday's graded live record and
 * the production model's calibration by stat type. A part that cannot be built (no model, too few
 * legs) is empty and says why in {@code notes}; the report itself never fails for it.
 */
final class DailyReport {

  static final int TOP_EDGES = 25;
  static final int SLIP_LEGS_PER_PLATFORM = 30;
  static final Table EDGES = new Table("top_edges", List.of(Column.text("prop_id"), Column.text("platform"),
      Column.text("player_name"), Column.text("team"), Column.text("stat_type"), Column.number("line"),
      Column.text("side"), Column.number("p"), Column.number("breakeven"), Column.number("edge"),
      Column.timestamp("start_time")));
  static final Table SLIPS = new Table("best_slips", List.of(Column.text("platform"), Column.integer("rank"),
      Column.text("legs"), Column.number("p_all"), Column.number("ev"), Column.number("kelly_fraction")));
  static final Table YESTERDAY = new Table("yesterday", List.of(Column.text("measure"), Column.number("value")));

  private final ExportRoutes.Services services;

  DailyReport(ExportRoutes.Services services) {
    this.services = services;
  }

  /** The report as JSON: {date, top_edges, best_slips, yesterday, calibration, notes}. */
  Future<JsonObject> build(String userId, LocalDate date, int maxRows) {
    JsonArray notes = new JsonArray();
    JsonObject query = new JsonObject().put("from", date + "T10:00:00Z").put("to", date.plusDays(1) + "T10:00:00Z");
    PredictionRows board = new PredictionRows(new PropRows(services.props(), query, maxRows), services.model());
    Future<List<JsonObject>> priced = all(board, new ArrayList<>());
    Future<JsonObject> yesterday = services.eval().live(userId, new LiveQuery(new JsonObject()
        .put("from", date.minusDays(1).toString()).put("to", date.minusDays(1).toString()))).map(v -> v.toJson())
        .recover(t -> note(notes, "yesterday", t));
    Future<JsonObject> calibration = services.eval().calibration(userId, new CalibrationQuery(new JsonObject()
        .put("segment", "stat_type"))).map(c -> c.toJson()).recover(t -> note(notes, "calibration", t));
    Future<List<JsonObject>> edges = priced.map(DailyReport::topEdges).recover(t -> {
      note(notes, "top_edges", t);
      return Future.succeededFuture(List.of());
    });
    Future<JsonArray> slips = priced.compose(p -> slips(p, notes)).recover(t -> {
      note(notes, "best_slips", t);
      return Future.succeededFuture(new JsonArray());
    });
    return Future.all(edges, slips, yesterday, calibration).map(v -> new JsonObject().put("date", date.toString())
        .put("top_edges", new JsonArray(edges.result().stream().limit(TOP_EDGES).toList()))
        .put("best_slips", slips.result()).put("yesterday", yesterday.result())
        .put("calibration", calibration.result()).put("notes", notes));
  }

  private static <T> Future<T> note(JsonArray notes, String part, Throwable t) {
    notes.add(part + ": " + t.getMessage());
    return Future.succeededFuture(null);
  }

  private static Future<List<JsonObject>> all(RowSource source, List<JsonObject> into) {
    return source.next().compose(rows -> {
      if (rows.isEmpty()) {
        return Future.succeededFuture(into);
      }
      rows.forEach(row -> into.add(ExportStream.object(source.table(), row)));
      return all(source, into);
    });
  }

  /** The priced legs with an edge, largest first. */
  static List<JsonObject> topEdges(List<JsonObject> priced) {
    return priced.stream().filter(p -> p.getValue("edge") != null)
        .sorted(Comparator.comparingDouble((JsonObject p) -> -p.getDouble("edge")).thenComparing(p -> p.getString("prop_id")))
        .map(p -> new JsonObject().put("prop_id", p.getString("prop_id")).put("platform", p.getString("platform"))
            .put("player_name", p.getString("player_name")).put("team", p.getString("team"))
            .put("stat_type", p.getString("stat_type")).put("line", p.getValue("line")).put("side", p.getString("side"))
            .put("p", "over".equals(p.getString("side")) ? p.getValue("p_over") : p.getValue("p_under"))
            .put("breakeven", p.getValue("breakeven")).put("edge", p.getValue("edge"))
            .put("start_time", p.getValue("start_time")))
        .toList();
  }

  private Future<JsonArray> slips(List<JsonObject> priced, JsonArray notes) {
    List<JsonObject> edges = topEdges(priced);
    JsonArray out = new JsonArray();
    List<Future<Void>> searches = new ArrayList<>();
    for (Map.Entry<String, String> platform : Map.of("prizepicks", "power", "underdog", "standard").entrySet()) {
      List<String> ids = edges.stream().filter(e -> e.getString("platform").equals(platform.getKey())
          && e.getDouble("edge") > 0).limit(SLIP_LEGS_PER_PLATFORM).map(e -> e.getString("prop_id")).toList();
      if (ids.size() < 3) {
        notes.add("best_slips: " + platform.getKey() + " has " + ids.size() + " legs with a positive edge, fewer than 3");
        continue;
      }
      searches.add(services.optimize().parlays(new SlipSearchRequest().setPropIds(ids).setSize(3)
              .setPayout(new PayoutChoice().setPlatform(platform.getKey()).setMode(platform.getValue()))
              .setMethod("exact").setTopK(5))
          .map(r -> {
            int rank = 1;
            for (SlipView s : r.getSlips()) {
              out.add(new JsonObject().put("platform", platform.getKey()).put("rank", rank++)
                  .put("legs", new JsonArray(s.getLegs())).put("p_all", s.getPAll()).put("ev", s.getEv())
                  .put("kelly_fraction", s.getKellyFraction()));
            }
            return (Void) null;
          })
          .recover(t -> {
            notes.add("best_slips: " + platform.getKey() + ": " + t.getMessage());
            return Future.succeededFuture();
          }));
    }
    return Future.all(searches).map(v -> out);
  }

  /** The report's parts as sheets: top edges, best slips, yesterday's measures, calibration bins. */
  static List<Object[]>[] sheets(JsonObject report) {
    @SuppressWarnings("unchecked")
    List<Object[]>[] out = new List[4];
    out[0] = report.getJsonArray("top_edges").stream().map(o -> (JsonObject) o)
        .map(e -> EDGES.headers().stream().map(e::getValue).toArray()).toList();
    out[1] = report.getJsonArray("best_slips").stream().map(o -> (JsonObject) o)
        .map(s -> new Object[] {s.getString("platform"), s.getInteger("rank"),
            String.join(", ", s.getJsonArray("legs").stream().map(String::valueOf).toList()), s.getValue("p_all"),
            s.getValue("ev"), s.getValue("kelly_fraction")}).toList();
    List<Object[]> measures = new ArrayList<>();
    JsonObject y = report.getJsonObject("yesterday");
    if (y != null) {
      for (String k : List.of("served", "settled", "pending", "brier", "picks", "picks_settled", "picks_won",
          "hit_rate", "roi")) {
        measures.add(new Object[] {k, y.getValue(k)});
      }
    }
    out[2] = measures;
    JsonObject c = report.getJsonObject("calibration");
    out[3] = c == null ? List.of() : ReportRows.calibration(new com.betterbros.props.eval.api.Calibration(c));
    return out;
  }
}
