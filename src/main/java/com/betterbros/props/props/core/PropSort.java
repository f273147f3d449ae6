package com.betterbros.props.props.core;

import java.util.Arrays;
import java.util.List;

/**
 * The orders of a prop listing ({@code sort=}); every one ends on the id, so pages are stable.
 * <ul>
 *   <li>{@code upcoming} (the HTTP default): open props by (start time, id) — the nearest game
 *       first — then every other prop by (start time, id) descending, the latest first;</li>
 *   <li>{@code start_time}: (start time, id); {@code -start_time}: exactly its reverse;</li>
 *   <li>{@code line} / {@code -line}: the line up or down, then (start time, id);</li>
 *   <li>{@code player}: the case-folded player name, then (start time, id).</li>
 * </ul>
 */
public enum PropSort {
  UPCOMING("upcoming"),
  START_TIME("start_time"),
  START_TIME_DESC("-start_time"),
  LINE("line"),
  LINE_DESC("-line"),
  PLAYER("player");

  private final String wire;

  PropSort(String wire) {
    this.wire = wire;
  }

  /** The {@code sort=} value. */
  public String wire() {
    return wire;
  }

  /** Every {@code sort=} value, in declaration order. */
  public static List<String> wires() {
    return Arrays.stream(values()).map(PropSort::wire).toList();
  }

  /** The order named {@code wire}, or null when none is. */
  public static PropSort parse(String wire) {
    for (PropSort s : values()) {
      if (s.wire.equals(wire)) {
        return s;
      }
    }
    return null;
  }
}
