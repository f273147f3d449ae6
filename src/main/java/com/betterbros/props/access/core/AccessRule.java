package com.betterbros.props.access.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One row of the matrix.
 *
 * @param min what the route, or a bus address's methods by default, ask of the caller
 * @param owned true when the caller sees only its own rows (the bus checks the message's userId)
 * @param actions bus only: methods (the proxy's "action" header) asking something other than min
 */
public record AccessRule(AccessLevel min, boolean owned, Map<String, AccessLevel> actions) {

  /** Requires a level; null actions become none. */
  public AccessRule {
    Objects.requireNonNull(min, "min");
    actions = actions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(actions));
  }

  /** What {@code action} asks: its own level, or the row's min. */
  public AccessLevel level(String action) {
    return action == null ? min : actions.getOrDefault(action, min);
  }
}
