package com.betterbros.props.model.api;

import com.betterbros.props.model.core.PropModel;
import io.vertx.core.json.JsonObject;
import java.time.Instant;

/**
 * A trained model as stored: its serialized {@link PropModel} payload plus provenance (data range,
 * seed, feature-set version, hyper-parameters) so any node can load and explain it.
 */
public record StoredModel(
    String id,
    String modelType,
    String featureSetVersion,
    JsonObject provenance,
    JsonObject metrics,
    byte[] payload,
    Instant createdAt,
    boolean production) {

  /** Whether this node can serve it: trained on the feature set this node computes. */
  public boolean servable() {
    return com.betterbros.props.features.core.FeatureSet.VERSION.equals(featureSetVersion);
  }

}
