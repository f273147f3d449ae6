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
    var teams = league.byId();
    TeamProfile h = teams.get(fixture.homeId());
    TeamProfile a = teams.get(fixture.awayId());
    MinutesPlan ph = MinutesPlan.of(h, id -> injuries.isOut(id, fixture.date()),
        fixture.homeRest());
    MinutesPlan pa = MinutesPlan.of(a, id -> injuries.isOut(id, fixture.date()),
        fixture.awayRest());
    TeamSetup home0 = new TeamSetup(h, ph, true, fixture.homeRest(), 0, 0, 0);
    TeamSetup away0 = new TeamSetup(a, pa, false, fixture.awayRest(), 0, 0, 0);
    double base = league.orebAverage() / (league.orebAverage() + league.drebAverage());
    TeamSetup home = new TeamSetup(h, ph, true, fixture.homeRest(),
        h.offense() * a.defense() * HOME_MAKE * fatigue(fixture.homeRest()), HOME_FT,
        orb(home0, away0, base));
    TeamSetup away = new TeamSetup(a, pa, false, fixture.awayRest(),
        a.offense() * h.defense() * AWAY_MAKE * fatigue(fixture.awayRest()), AWAY_FT,
        orb(away0, home0, base));
    return new GameSetup(index, fixture, home, away, (h.pace() + a.pace()) / 2);
  }

  private static double fatigue(int rest) {
    return rest == 0 ? B2B_MAKE : 1.0;
  }

  /**
   * ORB share = 0.244 x [or / (or + dr_opp)] / [league or / (league or + league dr)], clamped to
   * [0.15, 0.35], where or and dr are weight x expected minutes summed over a team.
   */
  private static double orb(TeamSetup own, TeamSetup opp, double base) {
    double or = own.orebStrength();
    double share = or / (or + opp.drebStrength());
    return Math.max(0.15, Math.min(0.35, ORB_SHARE * share / base));
  }
}
