package com.betterbros.props.experiments;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.experiments.api.HoldoutSource;
import com.betterbros.props.experiments.api.TrainedModelSource;
import com.betterbros.props.model.api.ModelRegistry;
import com.betterbros.props.model.api.StoredModel;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceException;
import java.time.LocalDate;

/**
 * The holdouts and trained models of experiments (production or the caller's), from the
 * experiments repository and the model registry.
 */
public final class ExperimentHoldouts implements HoldoutSource, TrainedModelSource {

  /** The model reference meaning the model in production. */
  public static final String PRODUCTION = "production";

  private final ExperimentRepository experiments;
  private final ModelRegistry models;

  public ExperimentHoldouts(ExperimentRepository experiments, ModelRegistry models) {
    this.experiments = experiments;
    this.models = models;
  }

  @Override
  public Future<Holdout> holdout(String userId, String model) {
    return resolve(userId, model).compose(this::read);
  }

  @Override
  public Future<TrainedModel> trained(String userId, String model) {
    return resolve(userId, model).map(stored -> {
      JsonObject provenance = stored.provenance() == null ? new JsonObject() : stored.provenance();
      return new TrainedModel(provenance.getString("experiment_id"), stored.id(), stored.modelType(), provenance,
          stored.payload());
    });
  }

  private Future<StoredModel> resolve(String userId, String model) {
    if (model == null || model.isBlank() || PRODUCTION.equals(model)) {
      return models.production().compose(stored -> stored == null
          ? Future.failedFuture(Failures.notFound("there is no production model yet"))
          : Future.succeededFuture(stored));
    }
    return experiments.find(model, userId).compose(e -> {
      if (e == null) {
        return Future.failedFuture(Failures.notFound("no experiment with id '" + model + "'"));
      }
      if (!Experiment.SUCCEEDED.equals(e.status()) || e.modelId() == null) {
        return Future.failedFuture(new ServiceException(Failures.CONFLICT, "experiment " + model + " is " + e.status()
            + ": only a succeeded experiment has a holdout", new JsonObject().put("error", "conflict")));
      }
      return models.find(e.modelId()).compose(stored -> stored == null
          ? Future.failedFuture(Failures.notFound("the model of experiment " + model + " is gone"))
          : Future.succeededFuture(stored));
    });
  }

  private Future<Holdout> read(StoredModel stored) {
    JsonObject provenance = stored.provenance() == null ? new JsonObject() : stored.provenance();
    String experimentId = provenance.getString("experiment_id");
    if (experimentId == null) {
      return Future.failedFuture(Failures.unprocessable("model",
          "model " + stored.id() + " records no experiment, so it has no holdout"));
    }
    return experiments.predictions(experimentId, Integer.MAX_VALUE, 0).map(page -> new Holdout(experimentId,
        stored.id(), stored.modelType(), date(provenance, "holdout_from"), date(provenance, "holdout_to"),
        page.items()));
  }

  private static LocalDate date(JsonObject provenance, String key) {
    String s = provenance.getString(key);
    return s == null ? null : LocalDate.parse(s);
  }
}
