package com.betterbros.props.features.api;

import com.betterbros.props.features.core.HistorySnapshot;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * The node's one immutable, versioned history snapshot, shared in-process by every domain that
 * reads the whole history (features, model, correlations, training). The features domain owns it.
 */
public interface SnapshotSource {

  /** The current snapshot (built on first use; after a change, the rebuilt one). */
  Future<HistorySnapshot> get();

  /** Follows history changes on the bus; the first caller on a node subscribes, later calls do nothing. */
  void listen(Vertx vertx);
}
