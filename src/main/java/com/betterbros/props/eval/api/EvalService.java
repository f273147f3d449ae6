package com.betterbros.props.eval.api;

import com.betterbros.props.bus.Addresses;
import io.vertx.codegen.annotations.ProxyGen;
import io.vertx.codegen.annotations.VertxGen;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;

/**
 * Evaluation of the engine's track record at {@value Addresses#EVAL} (a worker verticle). Failures
 * are {@code ServiceException}s whose code is the HTTP status. Backtests are owned: a null
 * {@code userId} on {@code backtest}, {@code backtests}, {@code bets} and {@code deleteBacktest}
 * means "any owner" (the gateway passes it for an admin only). Message shapes: docs/EVENT-BUS.md.
 */
@ProxyGen
@VertxGen
public interface EvalService {

  String ADDRESS = Addresses.EVAL;

  /** A typed client for any cluster member; every call times out per {@code options}. */
  static EvalService createProxy(Vertx vertx, DeliveryOptions options) {
    return new EvalServiceVertxEBProxy(vertx, ADDRESS, options);
  }

  /**
   * The calibration of a model on its holdout (the games after its training): overall and by
   * segment. {@code userId} owns the experiment asked for ("production" is anyone's). 400 naming a
   * bad query field; 404 an unknown experiment, another user's, or no production model; 409 an
   * experiment that has not succeeded; 422 when no holdout row falls in [from, to].
   */
  Future<Calibration> calibration(String userId, CalibrationQuery query);

  /**
   * Starts a walk-forward backtest as the user's job of kind "backtest" and replies it queued
   * (HTTP 202); its {@code result} carries {@code backtest_id} when it succeeds. 400 naming a bad or
   * unknown field; 404/409 for the model as {@code calibration}; 422 for a fixed model that trained
   * on or after {@code from}, a stat type the model does not price, or a slip no platform offers;
   * 429 when the node's backtest queue is full.
   */
  Future<BacktestJob> startBacktest(String userId, BacktestRequest request);

  /**
   * The user's finished backtest (its owner in user_id); 404 when unknown or another user's (userId
   * null: any owner's).
   */
  Future<BacktestView> backtest(String userId, String id);

  /**
   * One page of the user's backtests (every user's when userId is null), newest first, each with
   * its user_id.
   */
  Future<BacktestPage> backtests(String userId, BacktestListQuery query);

  /**
   * One page of the bets of the user's backtest, in book order; 404 when unknown or another user's
   * (userId null: any owner's).
   */
  Future<BetPage> bets(String userId, String id, BetQuery query);

  /**
   * Deletes the user's backtest with its bets; 404 when unknown or another user's (userId null: any
   * owner's).
   */
  Future<Void> deleteBacktest(String userId, String id);

  /**
   * The live track record over game dates [from, to]: the predictions served for open props with
   * their outcomes, the picks' hit rate, ROI and closing-line value, by day with a rolling window.
   * The engine's record, the same for every caller. 400 naming a bad query field.
   */
  Future<LiveReportView> live(String userId, LiveQuery query);
}
