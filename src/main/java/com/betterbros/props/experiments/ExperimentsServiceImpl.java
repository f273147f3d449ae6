package com.betterbros.props.experiments;

import com.betterbros.props.bus.Addresses;
import com.betterbros.props.bus.Failures;
import com.betterbros.props.bus.JobIntake;
import com.betterbros.props.bus.QueryParams;
import com.betterbros.props.experiments.api.ExperimentCreated;
import com.betterbros.props.experiments.api.ExperimentList;
import com.betterbros.props.experiments.api.ExperimentListQuery;
import com.betterbros.props.experiments.api.ExperimentRequest;
import com.betterbros.props.experiments.api.ExperimentView;
import com.betterbros.props.experiments.api.ExperimentsService;
import com.betterbros.props.experiments.api.HoldoutPage;
import com.betterbros.props.experiments.api.HoldoutQuery;
import com.betterbros.props.experiments.api.Promotion;
import com.betterbros.props.experiments.core.ExperimentSpec;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Experiments over the stores; training runs in {@link TrainingJobs}, off the event loop. */
public final class ExperimentsServiceImpl implements ExperimentsService {

  private final Vertx vertx;
  private final ExperimentsStores stores;
  private final TrainingJobs jobs;
  private final String nodeId;
  private final JobIntake intake;
  private final Promotions promotions;

  /** {@code nodeId}: this node, recorded as the owner of the experiments it queues. */
  ExperimentsServiceImpl(Vertx vertx, ExperimentsStores stores, TrainingJobs jobs, String nodeId, JobIntake intake,
      Promotions promotions) {
    this.intake = intake;
    this.promotions = promotions;
    this.vertx = vertx;
    this.stores = stores;
    this.jobs = jobs;
    this.nodeId = nodeId;
  }

  @Override
  public Future<ExperimentCreated> create(String userId, String tier, ExperimentRequest body) {
    ExperimentSpec spec;
    try {
      requireUser(userId);
      spec = ExperimentRequests.parse(body == null ? null : body.toJson());
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    int quota = jobs.quota(tier);
    switch (jobs.tryReserve(userId, quota)) {
      case USER_QUOTA -> {
        return Future.failedFuture(quotaReached(tier, quota));
      }
      case QUEUE_FULL -> {
        return Future.failedFuture(Failures.tooMany(
            "too many experiments queued or running (" + jobs.maxPending() + "); retry when one finishes"));
      }
      default -> { }
    }
    Instant now = Instant.now();
    Experiment queued = new Experiment("x-" + UUID.randomUUID(), userId, Experiment.QUEUED, 0,
        ExperimentRequests.describe(spec), null, null, null, null, now, now);
    // the node's reservation bounds its own queue; the store's count makes the user's quota cluster-wide
    return intake.admit().compose(v -> stores.experiments().createWithinQuota(queued, nodeId, quota))
        .compose(stored -> stored ? Future.<Void>succeededFuture() : Future.failedFuture(quotaReached(tier, quota)))
        .onFailure(t -> jobs.release(userId))
        .onSuccess(v -> jobs.run(queued, spec))
        .map(v -> new ExperimentCreated(new JsonObject().put("id", queued.id()).put("status", queued.status())));
  }

  private static ServiceException quotaReached(String tier, int quota) {
    return new ServiceException(Failures.TOO_MANY, "experiments quota: your " + (tier == null ? "free" : tier)
        + " tier allows " + quota + " experiment(s) queued or running at once; retry when one finishes",
        new JsonObject().put("error", "rate_limited").put("field", "quota"));
  }

  @Override
  public Future<ExperimentView> get(String userId, String id) {
    return owned(userId, id).map(e -> new ExperimentView(ExperimentJson.of(e)));
  }

  @Override
  public Future<ExperimentList> list(String userId, ExperimentListQuery query) {
    try {
      requireOwnerOrAny(userId);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    String compare = new QueryParams(query == null ? null : query.toJson()).string("compare");
    List<String> ids = compare == null ? null
        : Arrays.stream(compare.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    return stores.experiments().list(userId, ids).compose(list -> {
      if (ids != null && list.size() != ids.size()) {
        List<String> found = list.stream().map(Experiment::id).toList();
        String missing = ids.stream().filter(i -> !found.contains(i)).findFirst().orElse("?");
        return Future.failedFuture(Failures.notFound("no experiment with id '" + missing + "'"));
      }
      return Future.succeededFuture(new ExperimentList(new JsonObject()
          .put("items", new JsonArray(list.stream().map(ExperimentJson::of).toList()))
          .put("total", list.size())));
    });
  }

  @Override
  public Future<HoldoutPage> predictions(String userId, String id, HoldoutQuery query) {
    QueryParams params = new QueryParams(query == null ? null : query.toJson());
    int limit;
    int offset;
    try {
      limit = params.limit();
      offset = params.offset();
    } catch (ServiceException e) {
      return Future.failedFuture(e);
    }
    return owned(userId, id)
        .compose(e -> stores.experiments().predictions(e.id(), limit, offset))
        .map(HoldoutPage::of);
  }

  @Override
  public Future<Promotion> promote(String userId, String id, boolean force) {
    return owned(userId, id).compose(e -> {
      if (!Experiment.SUCCEEDED.equals(e.status())) {
        return Future.failedFuture(new ServiceException(Failures.CONFLICT,
            "experiment " + id + " is " + e.status() + "; only a succeeded experiment can be promoted",
            new JsonObject().put("error", "conflict")));
      }
      return promotions.compare(e).compose(comparison -> {
        if (!force && comparison.getValue("refusal") != null) {
          return Future.failedFuture(new ServiceException(Failures.CONFLICT, comparison.getString("refusal")
              + "; add ?force=true to promote it anyway", new JsonObject().put("error", "conflict")
              .put("comparison", comparison.copy().put("forced", false))));
        }
        Instant at = Instant.now();
        return stores.models().promote(e.modelId()).map(v -> {
          JsonObject event = new JsonObject().put("model_id", e.modelId()).put("experiment_id", id)
              .put("at", at.toString());
          vertx.eventBus().publish(Addresses.MODEL_EVENTS_PROMOTED, event);
          comparison.remove("refusal");
          return new Promotion(event.copy().put("comparison", comparison.put("forced", force)));
        });
      });
    });
  }

  /** The experiment if {@code userId} owns it (any owner's when null), else a 404. */
  private Future<Experiment> owned(String userId, String id) {
    try {
      requireOwnerOrAny(userId);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    return stores.experiments().find(id, userId).compose(e -> e == null
        ? Future.failedFuture(Failures.notFound("no experiment with id '" + id + "'"))
        : Future.succeededFuture(e));
  }

  /** A blank user id is a 400; null means any owner. */
  private static void requireOwnerOrAny(String userId) {
    if (userId != null) {
      requireUser(userId);
    }
  }

  private static void requireUser(String userId) {
    if (userId == null || userId.isBlank()) {
      throw Failures.badRequest("user_id", "a user id is required");
    }
  }
}
