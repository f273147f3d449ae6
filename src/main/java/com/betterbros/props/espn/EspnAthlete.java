package com.betterbros.props.espn;

import java.util.Objects;

/**
 * A player on an ESPN team roster.
 *
 * @param id ESPN's athlete id
 * @param name the display name (else the full name)
 * @param teamAbbr ESPN's abbreviation of the team
 * @param position the position abbreviation ({@code G}, {@code F}, {@code C}, {@code PG}...); null
 *     if none
 */
public record EspnAthlete(String id, String name, String teamAbbr, String position) {

  /** Checks the id. */
  public EspnAthlete {
    Objects.requireNonNull(id, "id");
  }
}
