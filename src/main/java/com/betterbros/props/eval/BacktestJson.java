package com.betterbros.props.eval;

import com.betterbros.props.eval.core.BacktestResult;
import com.betterbros.props.eval.core.Bet;
import com.betterbros.props.eval.core.BetLeg;
import com.betterbros.props.eval.core.BookSummary;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The wire form of backtests (schemas {@code Backtest}, {@code BookFigures}, {@code Bet}); null for what is unknown. */
final class BacktestJson {

  private BacktestJson() {}

  /** The stored document of a finished backtest: the strategy's figures at the top, the baseline's nested. */
  static JsonObject of(String id, String jobId, String createdAt, JsonObject request, BacktestResult r, int days,
      long elapsedMs) {
    JsonArray models = new JsonArray();
    r.models().forEach(m -> models.add(new JsonObject().put("from", m.from().toString()).put("source", m.source())
        .put("train_rows", m.trainRows()).put("train_to", m.trainTo().toString())));
    JsonObject versions = new JsonObject();
    r.payoutVersions().forEach(versions::put);
    return new JsonObject().put("id", id).put("job_id", jobId).put("created_at", createdAt).put("request", request)
        .mergeIn(book(r.summary()))
        .put("baseline", book(r.baseline()))
        .put("models", models)
        .put("days", days)
        .put("priced_legs", r.pricedLegs())
        .put("pending_props", r.pendingProps())
        .put("payout_versions", versions)
        .put("assumed_payout_days", r.assumedPayoutDays())
        .put("search_fallbacks", r.searchFallbacks())
        .put("elapsed_ms", elapsedMs);
  }

  static JsonObject book(BookSummary s) {
    JsonArray curve = new JsonArray();
    s.bankrollCurve().forEach(p -> curve.add(new JsonObject().put("date", p.date().toString())
        .put("bankroll", p.bankroll())));
    return new JsonObject()
        .put("bets", s.bets()).put("won", s.won()).put("lost", s.lost()).put("refunded", s.refunded())
        .put("staked", s.staked()).put("returned", s.returned()).put("profit", s.profit())
        .put("roi", s.roi())
        .put("roi_ci", s.roiCi() == null ? null : new JsonArray().add(s.roiCi()[0]).add(s.roiCi()[1]))
        .put("hit_rate", s.hitRate())
        .put("legs_settled", s.legsSettled()).put("leg_hit_rate", s.legHitRate()).put("breakeven", s.breakeven())
        .put("max_drawdown", s.maxDrawdown()).put("max_drawdown_units", s.maxDrawdownUnits())
        .put("longest_losing_run", s.longestLosingRun()).put("sharpe", s.sharpe())
        .put("final_bankroll", s.finalBankroll())
        .put("bankroll_curve", curve);
  }

  static JsonObject bet(Bet b) {
    JsonArray legs = new JsonArray();
    for (BetLeg l : b.legs()) {
      legs.add(new JsonObject().put("prop_id", l.propId()).put("player_id", l.playerId()).put("stat_type", l.statType())
          .put("line", l.line()).put("side", l.side()).put("p", l.p()).put("multiplier", l.multiplier())
          .put("breakeven", Double.isFinite(l.breakeven()) ? l.breakeven() : null)
          .put("outcome", l.outcome().wire()).put("stat", l.stat()));
    }
    return new JsonObject().put("date", b.date().toString()).put("seq", b.seq()).put("kind", b.kind())
        .put("platform", b.platform()).put("mode", b.mode()).put("legs", legs).put("p", b.p()).put("ev", b.ev())
        .put("kelly", b.kelly()).put("stake", b.stake()).put("payout", b.payout()).put("won", b.won())
        .put("settled_size", b.settledSize());
  }

  /** What the job's result says: where the backtest is and its headline figures. */
  static JsonObject jobResult(JsonObject backtest) {
    JsonObject baseline = backtest.getJsonObject("baseline");
    return new JsonObject().put("backtest_id", backtest.getString("id")).put("bets", backtest.getInteger("bets"))
        .put("won", backtest.getInteger("won")).put("profit", backtest.getDouble("profit"))
        .put("roi", backtest.getDouble("roi")).put("baseline_roi", baseline.getDouble("roi"));
  }
}
