package com.betterbros.props.eval;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.bus.QueryParams;
import com.betterbros.props.eval.api.BacktestJob;
import com.betterbros.props.eval.api.BacktestListQuery;
import com.betterbros.props.eval.api.BacktestPage;
import com.betterbros.props.eval.api.BacktestRequest;
import com.betterbros.props.eval.api.BacktestView;
import com.betterbros.props.eval.api.BetPage;
import com.betterbros.props.eval.api.BetQuery;
import com.betterbros.props.eval.api.Calibration;
import com.betterbros.props.eval.api.LiveQuery;
import com.betterbros.props.eval.api.LiveReportView;
import com.betterbros.props.eval.api.CalibrationQuery;
import com.betterbros.props.eval.api.EvalService;
import com.betterbros.props.eval.core.Binning;
import com.betterbros.props.eval.core.CalibrationReport;
import com.betterbros.props.eval.core.ScoredLeg;
import com.betterbros.props.eval.core.Segment;
import com.betterbros.props.experiments.api.HoldoutSource;
import com.betterbros.props.experiments.core.HoldoutRow;
import com.betterbros.props.features.api.SnapshotSource;
import com.betterbros.props.features.core.HistorySnapshot;
import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.math.Breakeven;
import com.betterbros.props.model.core.PowerPayouts;
import io.vertx.core.Future;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluation over models' holdouts: the forecasts an experiment's model made for games after its
 * training ({@link HoldoutSource}), joined with the players' box scores of the node's history
 * snapshot (home or away, rest days); and backtests ({@link Backtests}). Runs on the eval worker
 * verticle's thread.
 */
public final class EvalServiceImpl implements EvalService {

  static final Set<String> BINNINGS = Set.of("equal_width", "equal_mass");

  private final HoldoutSource holdouts;
  private final SnapshotSource snapshots;
  private final Backtests backtests;
  private final LiveTracking live;

  EvalServiceImpl(HoldoutSource holdouts, SnapshotSource snapshots, Backtests backtests, LiveTracking live) {
    this.holdouts = holdouts;
    this.snapshots = snapshots;
    this.backtests = backtests;
    this.live = live;
  }

  @Override
  public Future<LiveReportView> live(String userId, LiveQuery query) {
    return live.report(query == null ? null : query.toJson());
  }

  @Override
  public Future<BacktestJob> startBacktest(String userId, BacktestRequest request) {
    return backtests.start(userId, request == null ? null : request.toJson());
  }

  @Override
  public Future<BacktestView> backtest(String userId, String id) {
    return backtests.get(userId, id);
  }

  @Override
  public Future<BacktestPage> backtests(String userId, BacktestListQuery query) {
    return backtests.list(userId, query == null ? null : query.toJson());
  }

  @Override
  public Future<BetPage> bets(String userId, String id, BetQuery query) {
    return backtests.bets(userId, id, query == null ? null : query.toJson());
  }

  @Override
  public Future<Void> deleteBacktest(String userId, String id) {
    return backtests.delete(userId, id);
  }

  @Override
  public Future<Calibration> calibration(String userId, CalibrationQuery query) {
    QueryParams q = new QueryParams(query == null ? null : query.toJson());
    String ref;
    LocalDate from;
    LocalDate to;
    List<Segment> segments;
    int bins;
    String binning;
    int top;
    try {
      ref = q.string("model") == null ? "production" : q.string("model");
      from = q.date("from");
      to = q.date("to");
      QueryParams.requireOrdered("from", from, to);
      segments = segments(q.string("segment"));
      bins = q.integer("bins", 10, 1, 50);
      binning = q.oneOf("binning", BINNINGS) == null ? "equal_width" : q.oneOf("binning", BINNINGS);
      top = q.integer("top", 10, 1, 100);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    return Future.all(holdouts.holdout(userId, ref), snapshots.get()).compose(all -> {
      HoldoutSource.Holdout holdout = all.resultAt(0);
      List<ScoredLeg> legs = legs(holdout.rows(), from, to, all.resultAt(1));
      if (legs.isEmpty()) {
        return Future.failedFuture(Failures.unprocessable(from != null || to != null ? "from" : "model",
            "model " + holdout.modelId() + " has no holdout forecast in [" + (from == null ? "" : from) + ", "
                + (to == null ? "" : to) + "]; its holdout runs from " + holdout.holdoutFrom() + " to "
                + holdout.holdoutTo()));
      }
      CalibrationReport report = CalibrationReport.of(legs, Binning.valueOf(binning.toUpperCase()), bins, segments,
          top, EvalServiceImpl::breakeven);
      return Future.succeededFuture(CalibrationJson.of(report, ref, holdout, from, to, binning, bins));
    });
  }

  /** The holdout rows in [from, to] as scored legs, with home and rest days from the player's box score. */
  static List<ScoredLeg> legs(List<HoldoutRow> rows, LocalDate from, LocalDate to, HistorySnapshot snapshot) {
    Set<String> players = new HashSet<>();
    rows.forEach(r -> players.add(r.playerId()));
    Map<String, PlayerGameStat> boxes = new HashMap<>();
    for (PlayerGameStat s : snapshot.stats()) {
      if (players.contains(s.playerId())) {
        boxes.put(s.playerId() + "|" + s.date(), s);
      }
    }
    List<ScoredLeg> legs = new ArrayList<>();
    for (HoldoutRow r : rows) {
      if ((from != null && r.gameDate().isBefore(from)) || (to != null && r.gameDate().isAfter(to))) {
        continue;
      }
      PlayerGameStat box = boxes.get(r.playerId() + "|" + r.gameDate());
      legs.add(new ScoredLeg(r.propId(), platform(r.propId()), r.playerId(), r.statType(), r.gameDate(), r.line(),
          r.pOver(), r.outcome(), box == null ? null : box.home(), box == null ? null : box.restDays()));
    }
    return legs;
  }

  /** The board a forecast's prop is from, or "reference" for a box score at a reference line. */
  static String platform(String propId) {
    int colon = propId == null ? -1 : propId.indexOf(':');
    String platform = colon < 0 ? null : propId.substring(0, colon);
    return platform != null && PowerPayouts.knows(platform) ? platform : "reference";
  }

  /** The per-leg breakeven of a 2-leg Power slip of the leg's board (PrizePicks' for reference lines). */
  static double breakeven(ScoredLeg leg) {
    String platform = PowerPayouts.knows(leg.platform()) ? leg.platform() : "prizepicks";
    return Breakeven.power(PowerPayouts.multiplier(platform, 2), 2);
  }

  private static List<Segment> segments(String list) {
    Set<Segment> out = new LinkedHashSet<>();
    if (list != null) {
      for (String name : list.split(",")) {
        String wire = name.trim().toLowerCase();
        if (wire.isEmpty()) {
          continue;
        }
        Segment s = Segment.parse(wire);
        if (s == null) {
          throw Failures.badRequest("segment", "segment must be a comma list of stat_type, platform, side,"
              + " line_bucket, edge_bucket, home_away, rest_days, month, player; got '" + name.trim() + "'");
        }
        out.add(s);
      }
    }
    return List.copyOf(out);
  }
}
