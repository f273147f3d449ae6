package com.betterbros.props.eval;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.bus.QueryParams;
import com.betterbros.props.eval.api.BacktestJob;
import com.betterbros.props.eval.api.BacktestPage;
import com.betterbros.props.eval.api.BacktestView;
import com.betterbros.props.eval.api.BetPage;
import com.betterbros.props.eval.core.BacktestData;
import com.betterbros.props.eval.core.BacktestSpec;
import com.betterbros.props.eval.core.ModelRecipe;
import com.betterbros.props.eval.core.WalkForwardModels;
import com.betterbros.props.experiments.api.TrainedModelSource;
import com.betterbros.props.model.core.ModelType;
import com.betterbros.props.model.core.PropModel;
import com.betterbros.props.optimize.core.PayoutTables;
import com.betterbros.props.optimize.core.PayoutVersion;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * The backtest side of the eval service: validates a request against its model (whose recipe is
 * retrained, or which runs as trained when {@code retrain_every_days} is 0 and it trained before
 * {@code from}), hands it to {@link BacktestJobs}, and reads the caller's stored backtests.
 */
final class Backtests {

  private final TrainedModelSource models;
  private final BacktestRepository repository;
  private final BacktestJobs jobs;

  Backtests(TrainedModelSource models, BacktestRepository repository, BacktestJobs jobs) {
    this.models = models;
    this.repository = repository;
    this.jobs = jobs;
  }

  Future<BacktestJob> start(String userId, JsonObject body) {
    BacktestRequests.Parsed parsed;
    try {
      parsed = BacktestRequests.parse(body);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    return models.trained(userId, parsed.model()).compose(trained -> {
      JsonObject provenance = trained.provenance();
      Set<String> stats = strings(provenance.getJsonArray("stat_types"));
      BacktestSpec spec = parsed.spec(stats);
      checkTables(spec, jobs.payouts());
      Function<BacktestData, WalkForwardModels> schedule = spec.retrainEveryDays() == 0
          ? fixed(spec, trained, provenance) : retraining(spec, provenance, stats);
      JsonObject request = BacktestRequests.normalised(parsed, spec).put("model_version", trained.modelId());
      return jobs.start(userId, new BacktestJobs.Run(spec, request, schedule));
    }).map(BacktestJob::new);
  }

  private static Function<BacktestData, WalkForwardModels> fixed(BacktestSpec spec,
      TrainedModelSource.TrainedModel trained, JsonObject provenance) {
    String trainTo = provenance.getString("train_to");
    if (trainTo == null) {
      throw Failures.unprocessable("model", "model " + trained.modelId() + " records no training range: backtest it"
          + " with retrain_every_days of 1 or more");
    }
    LocalDate last = LocalDate.parse(trainTo);
    if (!last.isBefore(spec.from())) {
      throw Failures.unprocessable("model", "model " + trained.modelId() + " trained on games up to " + last
          + ", not before from " + spec.from() + ": start after " + last + " or retrain (retrain_every_days >= 1)");
    }
    String source = provenance.getString("source", "props");
    return data -> WalkForwardModels.fixed(spec, PropModel.deserialize(trained.payload()), source, last);
  }

  private static Function<BacktestData, WalkForwardModels> retraining(BacktestSpec spec, JsonObject provenance,
      Set<String> stats) {
    JsonObject hyper = provenance.getJsonObject("hyper_parameters", new JsonObject());
    ModelRecipe recipe = new ModelRecipe(ModelType.parse(provenance.getString("model_type")), hyper.getMap(), stats,
        provenance.getString("source", "props"), spec.seed());
    return data -> WalkForwardModels.retraining(spec, data, recipe);
  }

  // every payout version must have the slip's table on every platform bet on
  private static void checkTables(BacktestSpec spec, PayoutTables payouts) {
    if (spec.slip() == null) {
      return;
    }
    for (PayoutVersion v : payouts.versions()) {
      for (String platform : spec.platforms()) {
        String mode = spec.slip().tableMode(platform);
        if (v.table(platform, mode, spec.slip().size()).isEmpty()) {
          throw Failures.unprocessable("slip", platform + " has no " + spec.slip().size() + "-leg " + mode
              + " entry (payout version " + v.version() + "): pick another size or mode, or leave " + platform
              + " out of platforms");
        }
      }
    }
  }

  Future<BacktestView> get(String userId, String id) {
    return repository.find(id, userId).compose(s -> s == null
        ? Future.failedFuture(Failures.notFound("no backtest with id '" + id + "'"))
        : Future.succeededFuture(new BacktestView(s.document().put("user_id", s.userId()))));
  }

  Future<BacktestPage> list(String userId, JsonObject query) {
    QueryParams q = new QueryParams(query);
    int limit;
    int offset;
    try {
      limit = q.limit();
      offset = q.offset();
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    return repository.list(userId, limit, offset).map(page -> new BacktestPage(page.toJson(o -> o)));
  }

  Future<BetPage> bets(String userId, String id, JsonObject query) {
    QueryParams q = new QueryParams(query);
    int limit;
    int offset;
    try {
      limit = q.limit();
      offset = q.offset();
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    return repository.bets(id, userId, limit, offset).compose(page -> page == null
        ? Future.failedFuture(Failures.notFound("no backtest with id '" + id + "'"))
        : Future.succeededFuture(new BetPage(page.toJson(o -> o))));
  }

  Future<Void> delete(String userId, String id) {
    return repository.delete(id, userId).compose(deleted -> deleted ? Future.succeededFuture()
        : Future.failedFuture(Failures.notFound("no backtest with id '" + id + "'")));
  }

  private static Set<String> strings(JsonArray a) {
    Set<String> out = new LinkedHashSet<>();
    if (a != null) {
      a.forEach(o -> out.add(String.valueOf(o)));
    }
    return out;
  }
}
