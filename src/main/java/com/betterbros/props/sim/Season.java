package com.betterbros.props.sim;

import com.betterbros.props.context.core.Injury;
import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.Player;
import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.history.core.Team;
import com.betterbros.props.props.core.LinePoint;
import com.betterbros.props.props.core.Prop;
import java.time.LocalDate;
import java.util.List;

/**
 * A generated season: every game from {@code startDate} through {@code today} (the last day, whose
 * games are still "scheduled"), the box scores of the played games, the injury spells known on
 * {@code today}, and the prop boards of every game day with their line history. All lists are
 * immutable; games, stats and props are in date order, line history in time order.
 */
public record Season(
    LocalDate startDate,
    LocalDate today,
    List<Team> teams,
    List<Player> players,
    List<Game> games,
    List<PlayerGameStat> stats,
    List<Injury> injuries,
    List<Prop> props,
    List<LinePoint> lineHistory) {

  public Season {
    teams = List.copyOf(teams);
    players = List.copyOf(players);
    games = List.copyOf(games);
    stats = List.copyOf(stats);
    injuries = List.copyOf(injuries);
    props = List.copyOf(props);
    lineHistory = List.copyOf(lineHistory);
  }

  /**
   * The season's "now": {@code today} when its board is posted (15:00Z, before any of today's
   * games starts): a node serving the season runs its props' lifecycle on a clock fixed here,
   * so today's props stay open and every earlier one settles from its box score.
   */
  public java.time.Instant now() {
    return today.atTime(OfferPricing.POSTED).toInstant(java.time.ZoneOffset.UTC);
  }
}
