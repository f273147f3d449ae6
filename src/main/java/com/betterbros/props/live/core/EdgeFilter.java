package com.betterbros.props.live.core;

import java.util.Locale;
import java.util.Set;

/**
 * What a subscriber wants to see. Every field is optional: an empty set or a null minimum lets
 * everything through. Platforms, stat types and sides compare case-insensitively; teams by
 * abbreviation (upper case); players by id or by name (case-insensitive).
 */
public record EdgeFilter(Set<String> platforms, Set<String> statTypes, Set<String> teams, Set<String> players,
    Double minEdge, Set<String> sides) {

  /** The filter that lets every edge through. */
  public static final EdgeFilter ALL = new EdgeFilter(Set.of(), Set.of(), Set.of(), Set.of(), null, Set.of());

  public EdgeFilter {
    platforms = lower(platforms);
    statTypes = lower(statTypes);
    teams = teams == null ? Set.of() : Set.copyOf(teams.stream().map(t -> t.toUpperCase(Locale.ROOT)).toList());
    players = lower(players);
    sides = lower(sides);
  }

  /** Whether the subscriber sees {@code e}. */
  public boolean matches(Edge e) {
    return (platforms.isEmpty() || platforms.contains(lower(e.platform())))
        && (statTypes.isEmpty() || statTypes.contains(lower(e.statType())))
        && (teams.isEmpty() || (e.team() != null && teams.contains(e.team().toUpperCase(Locale.ROOT))))
        && (players.isEmpty() || players.contains(lower(e.playerId())) || players.contains(lower(e.playerName())))
        && (minEdge == null || e.edge() >= minEdge)
        && (sides.isEmpty() || sides.contains(lower(e.side())));
  }

  private static Set<String> lower(Set<String> values) {
    return values == null ? Set.of() : Set.copyOf(values.stream().map(EdgeFilter::lower).toList());
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
