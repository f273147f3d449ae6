package com.betterbros.props.sim;

import static com.betterbros.props.sim.ModelParams.*;

/**
 * Everything known before tip-off of one game: both teams' setups and the mean pace. The
 * generative simulation ({@link GameSimulator}) and the exact pre-game probabilities
 * ({@link PropProbability}) both start from this object, so they describe the same model.
 */
record GameSetup(int index, ScheduledGame fixture, TeamSetup home, TeamSetup away, double paceMu) {

  String id() {
    return fixture.id();
  }

  TeamSetup side(boolean homeSide) {
    return homeSide ? home : away;
  }

  /** The setup of a fixture given the league and the injuries known on its date. */
  static GameSetup of(int index, ScheduledGame fixture, League league, InjuryModel injuries) {
    TeamProfile h = league.team(fixture.homeId());
    TeamProfile a = league.team(fixture.awayId());
    MinutesPlan ph = MinutesPlan.of(h, id -> injuries.isOut(id, fixture.date()),
        fixture.homeRest());
    MinutesPlan pa = MinutesPlan.of(a, id -> injuries.isOut(id, fixture.date()),
        fixture.awayRest());
    double base = league.orebAverage() / (league.orebAverage() + league.drebAverage());
    TeamSetup home = new TeamSetup(h, ph, true, fixture.homeRest(),
        h.offense() * a.defense() * HOME_MAKE * fatigue(fixture.homeRest()), HOME_FT,
        orb(ph, pa, base));
    TeamSetup away = new TeamSetup(a, pa, false, fixture.awayRest(),
        a.offense() * h.defense() * AWAY_MAKE * fatigue(fixture.awayRest()), AWAY_FT,
        orb(pa, ph, base));
    return new GameSetup(index, fixture, home, away, (h.pace() + a.pace()) / 2);
  }

  private static double fatigue(int rest) {
    return rest == 0 ? B2B_MAKE : 1.0;
  }

  /**
   * ORB share = 0.244 x [or / (or + dr_opp)] / [league or / (league or + league dr)], clamped to
   * [0.15, 0.35], where or and dr are weight x expected minutes summed over a team.
   */
  private static double orb(MinutesPlan own, MinutesPlan opp, double base) {
    double or = own.strength(PlayerProfile::orebWeight);
    double share = or / (or + opp.strength(PlayerProfile::drebWeight));
    return Math.max(0.15, Math.min(0.35, ORB_SHARE * share / base));
  }
}
