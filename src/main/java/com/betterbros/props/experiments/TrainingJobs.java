package com.betterbros.props.experiments;

import com.betterbros.props.features.api.SnapshotSource;
import com.betterbros.props.bus.Addresses;
import com.betterbros.props.experiments.core.ExperimentRunner;
import com.betterbros.props.experiments.core.ExperimentSpec;
import com.betterbros.props.features.core.FeatureSet;
import com.betterbros.props.math.Metrics;
import com.betterbros.props.model.api.StoredModel;
import com.betterbros.props.model.core.DataSnapshot;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs experiments on a dedicated worker pool ({@code experiments.training_threads}, 1: training is
 * CPU-bound and the machine has two cores), with a bounded queue: at most
 * {@code experiments.max_pending} (3) experiments queued or running; more are refused (429).
 * Progress is stored and published every 5 points.
 */
final class TrainingJobs {

  private static final Logger LOG = LoggerFactory.getLogger(TrainingJobs.class);

  private final Vertx vertx;
  private final ExperimentsStores stores;
  private final WorkerExecutor trainer;
  private final AtomicInteger pending = new AtomicInteger();
  private final int maxPending;
  private final ExperimentsConfig config;
  /** Queued + running experiments per user on this node; entries leave at zero. */
  private final java.util.concurrent.ConcurrentHashMap<String, Integer> perUser =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final SnapshotSource snapshots;

  TrainingJobs(Vertx vertx, ExperimentsStores stores, SnapshotSource snapshots, ExperimentsConfig config) {
    this.vertx = vertx;
    this.maxPending = config.maxPending();
    this.config = config;
    this.stores = stores;
    this.snapshots = snapshots;
    this.trainer = vertx.createSharedWorkerExecutor("experiment-trainer", config.trainingThreads());
  }

  /** How many experiments the queue holds, queued or running. */
  int maxPending() {
    return maxPending;
  }

  /** What {@link #tryReserve} decided. */
  enum Reservation { RESERVED, USER_QUOTA, QUEUE_FULL }

  /**
   * Reserves a place in the queue for {@code userId}, who may hold at most {@code quota} places:
   * the user's quota is checked first, so a user at their quota is told so even when the queue
   * is also full.
   */
  Reservation tryReserve(String userId, int quota) {
    boolean[] underQuota = {false};
    perUser.compute(userId, (k, n) -> {
      int held = n == null ? 0 : n;
      if (held >= quota) {
        return n;
      }
      underQuota[0] = true;
      return held + 1;
    });
    if (!underQuota[0]) {
      return Reservation.USER_QUOTA;
    }
    if (pending.incrementAndGet() > maxPending) {
      pending.decrementAndGet();
      releaseUser(userId);
      return Reservation.QUEUE_FULL;
    }
    return Reservation.RESERVED;
  }

  /** The per-user quota of a tier name ({@link ExperimentsConfig#perUser}). */
  int quota(String tier) {
    return config.perUser(tier);
  }

  /** How many places {@code userId} holds now. */
  int heldBy(String userId) {
    return perUser.getOrDefault(userId, 0);
  }

  /** Gives back a reserved place (when the experiment could not even be stored). */
  void release(String userId) {
    pending.decrementAndGet();
    releaseUser(userId);
  }

  private void releaseUser(String userId) {
    perUser.computeIfPresent(userId, (k, n) -> n <= 1 ? null : n - 1);
  }

  /** Runs a reserved experiment to completion (success or failure is stored on the experiment). */
  Future<Experiment> run(Experiment queued, ExperimentSpec spec) {
    return execute(queued, spec)
        .recover(t -> {
          LOG.warn("experiment {} failed: {}", queued.id(), t.getMessage());
          Experiment failed = queued.failed(t.getMessage() == null ? t.toString() : t.getMessage(), Instant.now());
          return stores.experiments().update(failed).map(failed);
        })
        .onComplete(ar -> release(queued.userId()))
        .onSuccess(e -> publish(e));
  }

  private Future<Experiment> execute(Experiment queued, ExperimentSpec spec) {
    Experiment running = queued.withProgress(Experiment.RUNNING, 0, Instant.now());
    AtomicInteger reported = new AtomicInteger();
    return stores.experiments().update(running)
        .compose(v -> Future.all(snapshots.get(), stores.props().find(
            com.betterbros.props.props.core.PropQuery.all(Integer.MAX_VALUE, 0))))
        .compose(all -> trainer.executeBlocking(() -> {
          com.betterbros.props.features.core.HistorySnapshot history = all.resultAt(0);
          com.betterbros.props.store.Page<com.betterbros.props.props.core.Prop> props = all.resultAt(1);
          DataSnapshot data = DataSnapshot.of(history, props.items());
          ExperimentRunner.Result r = ExperimentRunner.run(data, history.index(), spec,
              p -> progress(running, (int) p, reported));
          return new Trained(r, r.model().serialize());
        }, false))
        .compose(trained -> {
          ExperimentRunner.Result result = trained.result();
          String modelId = "m-" + queued.id();
          JsonObject metrics = metricsJson(result.metrics()).put("tails", tailsJson(result.tails()));
          StoredModel model = new StoredModel(modelId, spec.modelType().wireName(), FeatureSet.VERSION,
              new JsonObject(result.provenance()).put("experiment_id", queued.id()), metrics,
              trained.payload(), Instant.now(), false);
          JsonObject baselines = new JsonObject();
          result.baselines().forEach((name, m) -> baselines.put(name, metricsJson(m)));
          Experiment done = running.succeeded(metrics, baselines, modelId, Instant.now());
          return stores.models().save(model)
              .compose(v -> stores.experiments().savePredictions(queued.id(), result.holdout()))
              .compose(v -> stores.experiments().update(done))
              .map(done);
        });
  }

  /** A finished run with its model already serialized (on the trainer thread, not the event loop). */
  private record Trained(ExperimentRunner.Result result, byte[] payload) {}

  private void progress(Experiment running, int percent, AtomicInteger reported) {
    int last = reported.get();
    if (percent >= last + 5 && percent < 100 && reported.compareAndSet(last, percent)) {
      Experiment now = running.withProgress(Experiment.RUNNING, percent, Instant.now());
      stores.experiments().update(now);
      publish(now);
    }
  }

  private void publish(Experiment e) {
    vertx.eventBus().publish(Addresses.EXPERIMENTS_EVENTS_PROGRESS,
        new JsonObject().put("id", e.id()).put("status", e.status()).put("progress", e.progress()));
  }

  /** The tail reliability {p_below_0_1: {n, mean_p, observed, wilson_95}, p_above_0_9: {...}}. */
  static JsonObject tailsJson(com.betterbros.props.math.TailReliability t) {
    return new JsonObject().put("p_below_0_1", tail(t.low())).put("p_above_0_9", tail(t.high()));
  }

  private static JsonObject tail(com.betterbros.props.math.TailReliability.Tail t) {
    JsonObject out = new JsonObject().put("n", t.n());
    if (t.n() > 0) {
      out.put("mean_p", t.meanForecast()).put("observed", t.observed())
          .put("wilson_95", new io.vertx.core.json.JsonArray().add(t.wilsonLow()).add(t.wilsonHigh()));
    }
    return out;
  }

  static JsonObject metricsJson(Metrics m) {
    return new JsonObject()
        .put("brier", m.brier())
        .put("log_loss", m.logLoss())
        .put("ece", m.ece())
        .put("auc", Double.isNaN(m.auc()) ? null : m.auc())
        .put("n", m.n());
  }
}
