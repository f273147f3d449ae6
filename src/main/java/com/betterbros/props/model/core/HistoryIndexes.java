package com.betterbros.props.model.core;

import com.betterbros.props.features.core.HistoryIndex;

/** The feature index over a data snapshot. */
public final class HistoryIndexes {

  private HistoryIndexes() {}

  public static HistoryIndex of(DataSnapshot data) {
    return HistoryIndex.of(data.games(), data.stats(), data.injuries(), data.players());
  }
}
