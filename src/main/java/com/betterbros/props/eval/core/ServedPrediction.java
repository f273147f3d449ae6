package com.betterbros.props.eval.core;

import java.time.Instant;

/**
 * A prediction the engine served for an open prop, as it was served: the prop, its line then, the
 * model version, when, and what the model said (P(over), the side, its 2-leg Power breakeven and
 * edge; null when the platform publishes no payout for the line). Recorded once per (prop, model,
 * line).
 */
public record ServedPrediction(String propId, String modelVersion, double line, Instant servedAt, String platform,
    String playerId, String statType, String gameId, Instant startTime, double pOver, String side, Double breakeven,
    Double edge) {

  /** Whether the engine recommended it: a known breakeven and a positive edge. */
  public boolean pick() {
    return edge != null && edge > 0 && breakeven != null;
  }
}
