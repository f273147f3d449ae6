package com.betterbros.props.eval;

import com.betterbros.props.bus.QueryParams;
import com.betterbros.props.eval.api.LiveReportView;
import com.betterbros.props.eval.core.LiveReport;
import com.betterbros.props.eval.core.LiveRows;
import com.betterbros.props.eval.core.ServedPrediction;
import com.betterbros.props.features.api.SnapshotSource;
import com.betterbros.props.features.core.HistorySnapshot;
import com.betterbros.props.props.api.PropReader;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live tracking: stores the predictions the model domain reports having served for open props
 * ({@code model.events.served}, once per prop, model and line), and reports them over a range of
 * game dates with their outcomes from the node's history snapshot and their closes from the props'
 * line history ({@link LiveRows}, {@link LiveReport}). The record is the engine's, the same for every
 * caller.
 */
final class LiveTracking {

  static final int MAX_DAYS = 366;
  private static final Logger LOG = LoggerFactory.getLogger(LiveTracking.class);

  private final LiveRepository repository;
  private final SnapshotSource snapshots;
  private final PropReader props;

  LiveTracking(LiveRepository repository, SnapshotSource snapshots, PropReader props) {
    this.repository = repository;
    this.snapshots = snapshots;
    this.props = props;
  }

  /** Stores a served batch: {items: [{prop_id, model_version, line, served_at, ...}]}. */
  Future<Integer> record(JsonObject event) {
    List<ServedPrediction> served = new ArrayList<>();
    JsonArray items = event.getJsonArray("items", new JsonArray());
    for (int i = 0; i < items.size(); i++) {
      JsonObject o = items.getJsonObject(i);
      served.add(new ServedPrediction(o.getString("prop_id"), o.getString("model_version"), o.getDouble("line"),
          Instant.parse(o.getString("served_at")), o.getString("platform"), o.getString("player_id"),
          o.getString("stat_type"), o.getString("game_id"),
          o.getString("start_time") == null ? null : Instant.parse(o.getString("start_time")), o.getDouble("p_over"),
          o.getString("side"), o.getDouble("breakeven"), o.getDouble("edge")));
    }
    return repository.record(served).onFailure(t -> LOG.warn("served predictions not recorded: {}", t.toString()));
  }

  Future<LiveReportView> report(JsonObject query) {
    LocalDate from;
    LocalDate to;
    int window;
    try {
      QueryParams q = new QueryParams(query);
      to = q.date("to") == null ? LocalDate.now(ZoneOffset.UTC) : q.date("to");
      from = q.date("from") == null ? to.minusDays(29) : q.date("from");
      QueryParams.requireOrdered("from", from, to);
      if (from.plusDays(MAX_DAYS).isBefore(to)) {
        throw com.betterbros.props.bus.Failures.badRequest("from", "a live report covers at most " + MAX_DAYS
            + " days");
      }
      window = q.integer("window", 7, 1, 60);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    // game dates are US/Eastern: starts from the day before from (UTC) to two days after to cover them
    Instant start = from.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant end = to.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
    return repository.startingBetween(start, end).compose(served -> {
      List<String> ids = served.stream().map(ServedPrediction::propId).distinct().toList();
      return Future.all(snapshots.get(), props.lineHistories(ids)).map(all -> {
        HistorySnapshot history = all.resultAt(0);
        LiveReport report = LiveReport.of(LiveRows.of(served, history.games(), history.stats(), all.resultAt(1), from,
            to), window);
        return new LiveReportView(LiveJson.of(report, from, to, window));
      });
    });
  }
}
