package com.betterbros.props.snapshots.core;

import java.time.Instant;

/**
 * One prop of a frozen board as it stood when the snapshot was taken: the prop, its line and terms,
 * and the production model's prediction of it then — P(over), P(under), the side it favoured, that
 * side's breakeven and edge (null when the platform does not publish the line's payout), and the
 * projected mean. A prop the model could not price keeps its {@code error} and no probabilities.
 */
public record SnapshotItem(String propId, String platform, String playerId, String playerName, String team,
    String opponent, String gameId, String statType, double line, Instant startTime, String oddsType, Double pOver,
    Double pUnder, String side, Double breakeven, Double edge, Double projectedMean, String error) {

  /** Whether the model priced this prop. */
  public boolean priced() {
    return pOver != null;
  }

  /** The probability of the favoured side, or null when not priced. */
  public Double pSide() {
    return pOver == null ? null : "under".equals(side) ? pUnder : pOver;
  }

  /** Whether the engine recommended the leg: priced, with a known breakeven its side clears. */
  public boolean recommended() {
    return priced() && edge != null && edge > 0;
  }
}
