package com.betterbros.props.sim;

/**
 * The default season (seed 42, 90 days) shared by the test classes of this package, generated
 * once per JVM; {@link #MILLIS} is how long that first, cold generation took.
 */
final class DefaultSeason {

  static final long SEED = 42;
  static final int DAYS = 90;
  static final Season SEASON;
  static final long MILLIS;

  static {
    long t0 = System.nanoTime();
    SEASON = SeasonGenerator.generate(SEED, DAYS);
    MILLIS = (System.nanoTime() - t0) / 1_000_000;
  }

  private DefaultSeason() {}
}
