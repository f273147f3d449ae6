package com.betterbros.props.eval.core;

import java.util.Locale;

/**
 * How one side of a leg settled: won, lost, push (the stat equal to the line) or void (the game
 * final without the player's box score: he did not play). Pushes and voids leave an entry.
 */
public enum LegOutcome {
  WON, LOST, PUSH, VOID;

  /** The wire name: won, lost, push, void. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the leg leaves its entry (a push or a void). */
  public boolean removed() {
    return this == PUSH || this == VOID;
  }

  /** The outcome of {@code side} of a line given the stat (null: void). */
  public static LegOutcome of(String side, double line, Double stat) {
    if (stat == null) {
      return VOID;
    }
    if (stat == line) {
      return PUSH;
    }
    boolean over = stat > line;
    return over == "over".equals(side) ? WON : LOST;
  }
}
