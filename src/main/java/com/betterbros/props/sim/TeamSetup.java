package com.betterbros.props.sim;

/**
 * One team's pre-game state in one game: its minutes plan and the game factors known before
 * tip-off. {@code makeFactor} = own offence x opponent defence x home/away edge x back-to-back
 * fatigue; {@code ftFactor} = home/away free-throw edge; {@code orbProb} = probability that a
 * player-rebounded miss of this team is an offensive rebound.
 */
record TeamSetup(
    TeamProfile team,
    MinutesPlan plan,
    boolean home,
    int restDays,
    double makeFactor,
    double ftFactor,
    double orbProb) {

  String id() {
    return team.id();
  }

  /** Sum over the active players of weight x expected minutes for offensive rebounds. */
  double orebStrength() {
    double s = 0;
    for (int i = 0; i < plan.players.length; i++) {
      s += plan.players[i].orebWeight() * plan.mu[i];
    }
    return s;
  }

  /** Sum over the active players of weight x expected minutes for defensive rebounds. */
  double drebStrength() {
    double s = 0;
    for (int i = 0; i < plan.players.length; i++) {
      s += plan.players[i].drebWeight() * plan.mu[i];
    }
    return s;
  }
}
