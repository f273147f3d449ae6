package com.betterbros.props.live.core;

/** Edges for tests: a prop on a platform with its line, side and p; breakeven 0.5774 (3-pick Power). */
final class Edges {

  static final double BREAKEVEN = 0.5774;

  private Edges() {}

  static Edge of(String id, double line, String side, double p) {
    return of(id, "prizepicks", "points", "DEN", line, side, p, "2030-01-01T00:00:00Z");
  }

  static Edge of(String id, String platform, String stat, String team, double line, String side, double p,
      String start) {
    return new Edge(id, platform, "pl-" + id, "Player " + id, team, "g1", stat, line, side, p, BREAKEVEN,
        p - BREAKEVEN, start, "m1");
  }
}
