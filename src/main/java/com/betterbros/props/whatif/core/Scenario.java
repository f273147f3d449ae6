package com.betterbros.props.whatif.core;

import java.time.Instant;
import java.util.Objects;

/**
 * A saved what-if scenario: its owner, name, kind (injury, lineup, sensitivity) and request body
 * (JSON text, as the kind's route takes it). Running it re-prices against the data of the moment.
 */
public record Scenario(String id, String userId, String name, String kind, String request, Instant createdAt) {

  public Scenario {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
