package com.betterbros.props.whatif;

import com.betterbros.props.optimize.api.OptimizeService;
import com.betterbros.props.optimize.api.SlipSimulationRequest;
import com.betterbros.props.whatif.api.InjuryScenario;
import com.betterbros.props.whatif.api.LineupScenario;
import com.betterbros.props.whatif.api.SavedScenario;
import com.betterbros.props.whatif.api.ScenarioDraft;
import com.betterbros.props.whatif.api.ScenarioListQuery;
import com.betterbros.props.whatif.api.ScenarioOutcome;
import com.betterbros.props.whatif.api.ScenarioPage;
import com.betterbros.props.whatif.api.ScenarioRun;
import com.betterbros.props.whatif.api.SensitivityReport;
import com.betterbros.props.whatif.api.SensitivityRequest;
import com.betterbros.props.whatif.api.WhatIfService;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Clock;

/**
 * The what-if service. It computes on the worker context that binds it (and that completes its
 * calls to other domains), so no derivative or re-pricing runs on an event loop.
 */
public final class WhatIfServiceImpl implements WhatIfService {

  private final OptimizeService optimize;
  private final ScenarioEngine engine;
  private final ScenarioSlips slips;
  private final SavedScenarios saved;
  private final LineGrid lines;

  /** simulate's reply and, for a line grid, the varied leg's p at each line. */
  private record Priced(com.betterbros.props.optimize.api.SlipSimulation sim, double[] lineP) {}

  WhatIfServiceImpl(OptimizeService optimize, ScenarioEngine engine, ScenarioSlips slips, WhatIfRepository repository,
      Clock clock, LineGrid lines) {
    this.lines = lines;
    this.optimize = optimize;
    this.engine = engine;
    this.slips = slips;
    this.saved = new SavedScenarios(repository, clock, this::runKind);
  }

  @Override
  public Future<SavedScenario> save(String userId, ScenarioDraft body) {
    return saved.save(userId, body);
  }

  @Override
  public Future<ScenarioPage> list(String userId, ScenarioListQuery query) {
    return saved.list(userId, query);
  }

  @Override
  public Future<SavedScenario> get(String userId, String id) {
    return saved.get(userId, id);
  }

  @Override
  public Future<Void> delete(String userId, String id) {
    return saved.delete(userId, id);
  }

  @Override
  public Future<ScenarioRun> run(String userId, String id) {
    return saved.run(userId, id);
  }

  private Future<JsonObject> runKind(String kind, JsonObject request) {
    return switch (kind) {
      case "injury" -> injury(new InjuryScenario(request)).map(ScenarioOutcome::toJson);
      case "lineup" -> lineup(new LineupScenario(request)).map(ScenarioOutcome::toJson);
      default -> sensitivity(new SensitivityRequest(request)).map(SensitivityReport::toJson);
    };
  }

  @Override
  public Future<SensitivityReport> sensitivity(SensitivityRequest request) {
    JsonObject body = request == null ? new JsonObject() : request.toJson();
    SensitivityCheck check;
    try {
      check = SensitivityCheck.parse(body);
      int n = SensitivityCheck.legCount(body);
      if (n > 0) {
        check.within(n);
      }
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    JsonObject slip = body.copy();
    slip.remove("vary");
    // simulate checks legs, correlation, payout (and prices prop ids): its 400s name the same fields
    return optimize.simulate(new SlipSimulationRequest(slip))
        .compose(sim -> {
          if (check.lines() == null) {
            return Future.succeededFuture(new Priced(sim, null));
          }
          JsonObject leg = sim.toJson().getJsonArray("legs").getJsonObject(check.leg());
          return lines.probabilities(leg.getString("prop_id"), leg.getString("side"), check.lines())
              .map(p -> new Priced(sim, p));
        })
        .compose(priced -> {
          try {
            return Future.succeededFuture(SensitivityReply.of(body, check, priced.sim(), priced.lineP()));
          } catch (RuntimeException e) {
            return Future.failedFuture(e);
          }
        });
  }

  @Override
  public Future<ScenarioOutcome> injury(InjuryScenario body) {
    try {
      return scenario(ScenarioInput.injury(body == null ? new JsonObject() : body.toJson()));
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }

  @Override
  public Future<ScenarioOutcome> lineup(LineupScenario body) {
    try {
      return scenario(ScenarioInput.lineup(body == null ? new JsonObject() : body.toJson()));
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }

  private Future<ScenarioOutcome> scenario(ScenarioInput in) {
    return engine.run(in).compose(result -> slips.compare(result.legs(), in)
        .map(compared -> new ScenarioOutcome(result.outcome().put("slips", compared))));
  }
}
