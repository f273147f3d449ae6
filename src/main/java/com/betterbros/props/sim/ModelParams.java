package com.betterbros.props.sim;

/**
 * The fixed parameters of the synthetic game model (docs/SYNTHETIC.md explains each one). Targets
 * are approximate 2023-24 NBA league averages per team-game: 98.5 possessions, 89 FGA, 114 points,
 * 12.8 threes, 43.5 rebounds, 26.7 assists, 7.5 steals, 5.1 blocks, 13.5 turnovers.
 */
final class ModelParams {

  /**
   * Scoring chances per team per 48 minutes: each is a made field goal with probability pMake, so
   * team makes ~ Binomial(64, pMake) (less dispersed than Binomial(FGA, FG%): real team scores
   * vary less than independent attempts would make them).
   */
  static final int MAKE_SLOTS = 64;
  /**
   * Miss chances per team per 48 minutes: each is a missed field goal with probability pMiss. Equal
   * to {@link #MAKE_SLOTS} so that a player's whole stat line is one power of a polynomial.
   */
  static final int MISS_SLOTS = MAKE_SLOTS;
  /** Chances per 5-minute overtime: 64 * 5/48, rounded. */
  static final int OT_SLOTS = 7;
  /** Free throws and turnovers in one overtime, as a fraction of regulation. */
  static final double OT_FRACTION = 5.0 / 48.0;
  static final double LEAGUE_FGA = 89.0;
  static final double LEAGUE_PACE = 98.5;
  /** Log-sd of game pace around the teams' mean pace. */
  static final double PACE_LOG_SD = 0.05;
  /** Log-sd of a team's "shooting night" multiplier on its make probabilities. */
  static final double SHOOTING_LOG_SD = 0.03;

  static final double HOME_MAKE = 1.01;
  static final double AWAY_MAKE = 0.99;
  static final double HOME_FT = 1.02;
  static final double AWAY_FT = 0.98;
  /** Back-to-back (rest 0): starters' expected minutes and every make probability are scaled. */
  static final double B2B_STARTER_MINUTES = 0.94;
  static final double B2B_MAKE = 0.985;

  /** Probability that a missed field goal is rebounded by a player (the rest are team rebounds). */
  static final double REBOUNDED = 0.94;
  /** League offensive-rebound share of player-rebounded misses. */
  static final double ORB_SHARE = 0.244;
  static final double BLOCK_PER_MISS = 0.109;
  static final double TOV_PER_POSSESSION = 0.137;
  static final double STEAL_PER_TOV = 0.55;

  /** Minutes noise sd of a rotation player: SD_SLOPE * mu + SD_BASE. */
  static final double MINUTES_SD_SLOPE = 0.08;
  static final double MINUTES_SD_BASE = 1.0;
  /** Expected minutes below which a player is in the garbage-time pool rather than the rotation. */
  static final double ROTATION_MIN = 6.0;
  /** Garbage-time minutes: max(0, mu - GARBAGE_SHIFT + GARBAGE_SD * Z). */
  static final double GARBAGE_SHIFT = 2.5;
  static final double GARBAGE_SD = 5.0;
  /** Cap on a player's expected minutes after injury redistribution, and on realised minutes. */
  static final double MINUTES_CAP = 38.0;
  static final double MAX_MINUTES = 48.0;
  static final double TEAM_MINUTES = 240.0;

  /** Players with at least this many expected minutes get props. */
  static final double PROP_MINUTES = 20.0;

  private ModelParams() {}

  /** Expected field-goal attempts of a team: 89 x pace / 98.5 x its volume factor. */
  static double expectedFga(double pace, double fgaFactor) {
    return LEAGUE_FGA * (pace / LEAGUE_PACE) * fgaFactor;
  }

  /** P(a scoring chance is a make) = FGA x FG% x S / 64, FG% = {@code makeRate} before S. */
  static double makeProbability(double fga, double makeRate, double shooting) {
    return Math.min(0.99, fga * makeRate * shooting / MAKE_SLOTS);
  }

  /** P(a miss chance is a miss) = FGA x (1 - FG% x S) / 64. */
  static double missProbability(double fga, double makeRate, double shooting) {
    return Math.min(0.99, fga * (1 - makeRate * shooting) / MISS_SLOTS);
  }

  /** Expected minutes-noise sd of a rotation player with expected minutes {@code mu}. */
  static double minutesSd(double mu) {
    return MINUTES_SD_SLOPE * mu + MINUTES_SD_BASE;
  }
}
