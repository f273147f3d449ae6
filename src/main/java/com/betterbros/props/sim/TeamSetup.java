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
}
