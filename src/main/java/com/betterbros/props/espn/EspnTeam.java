package com.betterbros.props.espn;

import java.util.Objects;

/**
 * An NBA team as ESPN's {@code teams} endpoint lists it.
 *
 * @param id ESPN's team id (the one the roster URL takes)
 * @param abbreviation ESPN's abbreviation ({@code NY}, {@code GS}, {@code SA}, {@code NO}, {@code
 *     UTAH}, {@code WSH}...)
 * @param location the city or region, e.g. {@code "Golden State"}
 * @param name the nickname, e.g. {@code "Warriors"}
 */
public record EspnTeam(String id, String abbreviation, String location, String name) {

  /** Checks the id and abbreviation. */
  public EspnTeam {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(abbreviation, "abbreviation");
  }
}
