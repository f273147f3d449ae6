package com.betterbros.props.model;

import io.vertx.core.Future;
import java.util.concurrent.atomic.AtomicReference;

/** The production model a node serves, swapped atomically when a promotion event arrives. */
public final class ModelState {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ModelState.class);

  /** A stored model's description with its deserialized model. */
  public record Loaded(StoredModel stored, PropModel model) {}

  private final ModelRepository repository;
  private final String nodeId;
  private final AtomicReference<Loaded> current = new AtomicReference<>();

  public ModelState(ModelRepository repository, String nodeId) {
    this.repository = repository;
    this.nodeId = nodeId;
  }

  /** The node serving this state (its cluster node id, or "local"). */
  public String nodeId() {
    return nodeId;
  }

  /** The loaded production model, or null. */
  public Loaded current() {
    return current.get();
  }

  /** Loads the repository's production model (if any); call from a worker thread: it deserializes. */
  public Future<Loaded> loadProduction() {
    return repository.production().map(this::install);
  }

  /** Loads a specific model (after a promotion event). */
  public Future<Loaded> load(String modelId) {
    return repository.find(modelId).map(this::install);
  }

  private Loaded install(StoredModel stored) {
    if (stored == null) {
      return current.get();
    }
    if (!com.betterbros.props.features.FeatureSet.VERSION.equals(stored.featureSetVersion())) {
      // A model of another feature set would read today's vectors wrongly: never serve it.
      LOG.warn("model {} was trained on feature set {}, this node computes {}: not served", stored.id(),
          stored.featureSetVersion(), com.betterbros.props.features.FeatureSet.VERSION);
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
