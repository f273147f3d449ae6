package com.betterbros.props.espn;

import java.util.List;
import java.util.Objects;

/**
 * A game with its player box score, as ESPN's {@code summary?event=ID} gives it. Before tip-off the
 * player list is empty.
 *
 * @param game the game, from the summary's {@code header}
 * @param players one line per player listed, home and away, DNPs included, in ESPN's order
 */
public record EspnBoxScore(EspnGame game, List<EspnPlayerLine> players) {

  /** Copies the list so the box score is immutable. */
  public EspnBoxScore {
    Objects.requireNonNull(game, "game");
    players = List.copyOf(players);
  }

  /** The lines of one team, by ESPN abbreviation. */
  public List<EspnPlayerLine> team(String teamAbbr) {
    return players.stream().filter(p -> teamAbbr.equals(p.teamAbbr())).toList();
  }
}
