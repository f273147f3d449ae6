package com.betterbros.props.model;

import com.betterbros.props.model.api.ProductionModel;
import com.betterbros.props.model.api.StoredModel;
import com.betterbros.props.model.core.PropModel;
import io.vertx.core.Future;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The production model a node serves, swapped atomically when a promotion event arrives; the
 * model and correlation verticles share it through {@link ProductionModel}.
 */
public final class ModelState implements ProductionModel {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ModelState.class);

  private final ModelRepository repository;
  private final String nodeId;
  private final AtomicReference<Loaded> current = new AtomicReference<>();
  private final AtomicReference<io.vertx.core.json.JsonObject> bootstrap = new AtomicReference<>();

  public ModelState(ModelRepository repository, String nodeId) {
    this.repository = repository;
    this.nodeId = nodeId;
  }

  /** The node serving this state (its cluster node id, or "local"). */
  public String nodeId() {
    return nodeId;
  }

  private boolean listening;

  /**
   * Follows promotions on {@value com.betterbros.props.bus.Addresses#MODEL_EVENTS_PROMOTED}: the
   * node's one copy of the production model, shared by the model and correlation verticles (the
   * first of them to start subscribes; the second call does nothing).
   */
  @Override
  public synchronized void listen(io.vertx.core.Vertx vertx) {
    if (!io.vertx.core.Context.isOnWorkerThread()) {
      throw new IllegalStateException("ModelState.listen must be called from a worker verticle");
    }
    if (listening) {
      return;
    }
    listening = true;
    vertx.eventBus().<io.vertx.core.json.JsonObject>consumer(com.betterbros.props.bus.Addresses.MODEL_EVENTS_PROMOTED,
        // Registered from a WORKER verticle (model, corr): deserialising runs on its worker thread.
        msg -> followPromotion(msg.body().getString("model_id")));
  }

  /** Records the latest first-model bootstrap state seen on the bus (for the 503 message). */
  public void bootstrapState(io.vertx.core.json.JsonObject state) {
    bootstrap.set(state);
  }

  /** Why there is no production model, in words a user can act on. */
  public String whyNoModel() {
    io.vertx.core.json.JsonObject b = bootstrap.get();
    String status = b == null ? "idle" : b.getString("status", "idle");
    return switch (status) {
      case "queued", "running", "succeeded" -> "no production model yet: the first one is training (experiment "
          + b.getString("experiment_id") + ", " + b.getInteger("progress", 0) + "%); see /health";
      case "waiting_for_history" -> "no production model yet: " + b.getString("reason");
      case "failed" -> "no production model: the first training failed (" + b.getString("reason")
          + "); train one with POST /experiments and promote it";
      default -> "no production model yet: none was promoted (train one with POST /experiments, then POST"
          + " /experiments/{id}/promote); see /health";
    };
  }

  /** The loaded production model, or null. */
  @Override
  public Loaded current() {
    return current.get();
  }

  /** Loads the repository's production model (if any); call from a worker thread: it deserializes. */
  @Override
  public Future<Loaded> loadProduction() {
    return repository.production().map(this::install);
  }

  /**
   * A promotion event names a model: the node loads the store's production model, never the one
   * the event names — any cluster member can publish an event, only a promotion recorded in the
   * store changes what is served. A name that differs from the store's is logged and ignored.
   */
  Future<Loaded> followPromotion(String announced) {
    return loadProduction()
        .onSuccess(m -> {
          String serving = m == null ? null : m.stored().id();
          if (announced != null && announced.equals(serving)) {
            LOG.info("serving promoted model {}", serving);
          } else {
            LOG.warn("a promotion event named model {} but the store's production model is {}: serving the store's",
                announced, serving);
          }
        })
        .onFailure(t -> LOG.error("cannot load the production model after a promotion event: {}", t.getMessage()));
  }


  private synchronized Loaded install(StoredModel stored) {
    if (stored == null) {
      return current.get();
    }
    if (!stored.servable()) {
      // A model of another feature set would read today's vectors wrongly: never serve it.
      LOG.warn("model {} was trained on feature set {}, this node computes {}: not served", stored.id(),
          stored.featureSetVersion(), com.betterbros.props.features.core.FeatureSet.VERSION);
      return current.get();
    }
    Loaded now = current.get();
    if (now != null && now.stored().id().equals(stored.id())) {
      return now;
    }
    Loaded loaded = new Loaded(stored, PropModel.deserialize(stored.payload()));
    current.set(loaded);
    return loaded;
  }
}
