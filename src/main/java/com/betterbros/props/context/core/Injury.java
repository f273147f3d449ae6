package com.betterbros.props.context.core;

import java.time.LocalDate;

/** An injury spell: the player misses games from {@code startDate} through {@code endDate} inclusive. */
public record Injury(
    String playerId,
    String playerName,
    String teamId,
    LocalDate startDate,
    LocalDate endDate,
    String status,
    String description) {

  public boolean covers(LocalDate date) {
    return !date.isBefore(startDate) && !date.isAfter(endDate);
  }
}
