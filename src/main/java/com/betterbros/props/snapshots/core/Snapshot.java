package com.betterbros.props.snapshots.core;

import java.time.Instant;

/**
 * A frozen board owned by {@code userId}: its name, the props query it froze ({@code filter}, the
 * JSON text as given), the model that priced it ({@code modelVersion}, on feature set
 * {@code featureSetVersion}), when, and how many items. Immutable once taken; only its grade,
 * stored apart, changes as games finish ({@code gradedAt}: when it was last graded, or null).
 */
public record Snapshot(String id, String userId, String name, String filter, String modelRef, String modelVersion,
    String featureSetVersion, Instant createdAt, int items, Instant gradedAt) {

  /** The same snapshot, last graded at {@code at}. */
  public Snapshot gradedAt(Instant at) {
    return new Snapshot(id, userId, name, filter, modelRef, modelVersion, featureSetVersion, createdAt, items, at);
  }
}
