package com.betterbros.props.whatif.api;

import com.betterbros.props.bus.Addresses;
import io.vertx.codegen.annotations.ProxyGen;
import io.vertx.codegen.annotations.VertxGen;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;

/**
 * What-if scenarios at {@value Addresses#WHATIF} (a worker verticle on its own pool): slip
 * sensitivity, injury and lineup scenarios re-priced without touching stored data, and saved
 * scenarios per user. A null {@code userId} on {@code list}, {@code get}, {@code delete} and
 * {@code run} means "any owner" (the gateway passes it for an admin only). Message shapes:
 * docs/EVENT-BUS.md.
 */
@ProxyGen
@VertxGen
public interface WhatIfService {

  String ADDRESS = Addresses.WHATIF;

  /** A typed client for any cluster member; every call times out per {@code options}. */
  static WhatIfService createProxy(Vertx vertx, DeliveryOptions options) {
    return new WhatIfServiceVertxEBProxy(vertx, ADDRESS, options);
  }

  /**
   * A slip's EV and P(all), their analytic derivatives by each leg's p and each pair's correlation,
   * each leg's break-even p and a grid of EV and P(all) as one leg's p moves. The legs, correlation
   * and payout are checked (and prop ids priced) by {@code optimize.service} {@code simulate}; 400
   * naming the bad field ({@code vary}, {@code vary.leg}, {@code vary.from}, {@code vary.to},
   * {@code vary.steps}, {@code payout}, an unknown field, or simulate's own), its 404/422/503 pass through.
   */
  Future<SensitivityReport> sensitivity(SensitivityRequest body);

  /**
   * Re-prices the props of the named players' teams in their scenario games with {@code players_out}
   * absent and {@code limited} players at the given minutes: teammates get the on/off deltas of
   * minutes and per-minute rates (shrunk by n/(n+k)), the model prices the changed features, and
   * the best slip of the affected board is compared before and after. Stored data never changes.
   * 400 naming the field, 404 for an unknown player or game, 503 without a production model.
   */
  Future<ScenarioOutcome> injury(InjuryScenario body);

  /**
   * A lineup of one team: {@code minutes} per player (0 = out) and/or {@code starters}; priced as
   * {@link #injury}. 400 naming the field, 404 unknown team, player or game, 422 a player of another team.
   */
  Future<ScenarioOutcome> lineup(LineupScenario body);

  /**
   * Saves a scenario for the user after checking its request as its kind's route would. 400
   * {@code name}, {@code kind}, {@code request}, or {@code request.<field>} as that route names it.
   */
  Future<SavedScenario> save(String userId, ScenarioDraft body);

  /**
   * One page of the user's scenarios (every user's when userId is null), newest first, each with
   * its user_id. 400 {@code limit}, {@code offset}.
   */
  Future<ScenarioPage> list(String userId, ScenarioListQuery query);

  /** The user's scenario; 404 when unknown or not the user's (userId null: any owner's). */
  Future<SavedScenario> get(String userId, String id);

  /** Deletes the user's scenario; 404 when unknown or not the user's (userId null: any owner's). */
  Future<Void> delete(String userId, String id);

  /**
   * Runs the user's scenario now, against the data of the moment; 404 when unknown or not the
   * user's (userId null: any owner's).
   */
  Future<ScenarioRun> run(String userId, String id);
}
