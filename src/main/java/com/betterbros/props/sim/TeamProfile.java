package com.betterbros.props.sim;

import com.betterbros.props.history.core.Team;
import java.time.ZoneId;
import java.util.List;

/**
 * A team's hidden ratings: mean pace (possessions per 48), field-goal volume factor, offence
 * (multiplies its make probabilities) and defence (multiplies its opponents' make probabilities),
 * and its 15-man roster in depth-chart order.
 */
record TeamProfile(
    Team team,
    ZoneId zone,
    double pace,
    double fgaFactor,
    double offense,
    double defense,
    List<PlayerProfile> roster) {

  String id() {
    return team.id();
  }
}
