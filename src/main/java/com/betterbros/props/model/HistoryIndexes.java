package com.betterbros.props.model;

import com.betterbros.props.features.HistoryIndex;

/** The feature index over a data snapshot. */
public final class HistoryIndexes {

  private HistoryIndexes() {}

  public static HistoryIndex of(DataSnapshot data) {
    return HistoryIndex.of(data.games(), data.stats(), data.injuries(), data.players());
  }
}
