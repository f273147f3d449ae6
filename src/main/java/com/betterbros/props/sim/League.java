package com.betterbros.props.sim;

import java.util.List;

/** The 30 team profiles and the league rebounding strengths that scale offensive-rebound rates. */
record League(List<TeamProfile> teams, double orebAverage, double drebAverage) {

  League {
    teams = List.copyOf(teams);
  }

  /** Builds the league, computing the average team rebounding strengths at base minutes. */
  static League of(List<TeamProfile> teams) {
    double oreb = 0;
    double dreb = 0;
    for (TeamProfile t : teams) {
      for (PlayerProfile p : t.roster()) {
        oreb += p.orebWeight() * p.baseMinutes();
        dreb += p.drebWeight() * p.baseMinutes();
      }
    }
    return new League(teams, oreb / teams.size(), dreb / teams.size());
  }

  /** The team with abbreviation {@code id}. */
  TeamProfile team(String id) {
    for (TeamProfile t : teams) {
      if (t.id().equals(id)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown team " + id);
  }
}
