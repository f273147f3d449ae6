package com.betterbros.props.model;

import com.betterbros.props.features.core.FeatureBuilder;
import com.betterbros.props.features.core.FeatureRequest;
import com.betterbros.props.features.core.HistoryIndex;

/**
 * A leg's feature vector, built from the request's history snapshot on first use. A leg whose
 * prediction is in the cache never needs it: building every leg's features before the cache was
 * looked up was most of a cached {@code POST /model/predict}'s cost. The snapshot is immutable, so
 * building later gives the same vector as building at once.
 */
final class LazyFeatures {

  private final HistoryIndex index;
  private final FeatureRequest request;
  private double[] built;

  LazyFeatures(HistoryIndex index, FeatureRequest request) {
    this.index = index;
    this.request = request;
  }

  /** The features (built once; callers must not modify the array). */
  synchronized double[] get() {
    if (built == null) {
      built = FeatureBuilder.build(index, request);
    }
    return built;
  }
}
