package com.betterbros.props.eval.core;

import java.time.LocalDate;

/**
 * One out-of-sample forecast with its outcome: a leg the model priced before its game, the
 * probability it gave the over, and whether the over won. {@code platform} is the board's
 * ({@code prizepicks}, {@code underdog}) or {@code reference} for a box score at a reference line;
 * {@code home} and {@code restDays} come from the player's box score, null when no source said.
 */
public record ScoredLeg(String propId, String platform, String playerId, String statType, LocalDate date,
    double line, double pOver, int over, Boolean home, Integer restDays) {

  public ScoredLeg {
    if (!(pOver >= 0 && pOver <= 1)) {
      throw new IllegalArgumentException("pOver must be a probability, got " + pOver);
    }
    if (over != 0 && over != 1) {
      throw new IllegalArgumentException("over must be 0 or 1, got " + over);
    }
  }

  /** The side the model favours: over when p_over >= 0.5. */
  public String side() {
    return pOver >= 0.5 ? "over" : "under";
  }

  /** The probability of the favoured side. */
  public double pSide() {
    return Math.max(pOver, 1 - pOver);
  }
}
