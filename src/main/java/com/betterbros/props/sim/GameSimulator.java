package com.betterbros.props.sim;

import static com.betterbros.props.sim.ModelParams.*;

import java.util.SplittableRandom;

/**
 * Plays one game by the generative model (docs/SYNTHETIC.md, "Game model"). Draw order is fixed:
 * pace, both shooting nights, both teams' minutes, home offence, away offence, then overtimes
 * (each a 5-minute period played by the same process, until the score is not tied).
 */
final class GameSimulator {

  /** A played game: realised pace, number of overtimes and both box scores. */
  record Result(GameSetup setup, double pace, int overtimes, Box home, Box away) {}

  /** One team's box score, arrays indexed like its {@link MinutesPlan#players}. */
  record Box(TeamSetup team, double[] minutes, int[] points, int[] rebounds, int[] assists,
      int[] threes, int[] steals, int[] blocks, int[] turnovers) {

    Box(TeamSetup team, double[] minutes) {
      this(team, minutes, new int[minutes.length], new int[minutes.length],
          new int[minutes.length], new int[minutes.length], new int[minutes.length],
          new int[minutes.length], new int[minutes.length]);
    }

    int score() {
      int s = 0;
      for (int p : points) {
        s += p;
      }
      return s;
    }
  }

  private GameSimulator() {}

  /** Simulates {@code game} with its own random stream. */
  static Result play(GameSetup game, SplittableRandom rng) {
    double pace = game.paceMu() * StrictMath.exp(PACE_LOG_SD * Draws.gaussian(rng));
    double shootHome = StrictMath.exp(SHOOTING_LOG_SD * Draws.gaussian(rng));
    double shootAway = StrictMath.exp(SHOOTING_LOG_SD * Draws.gaussian(rng));
    Box home = new Box(game.home(), minutes(game.home().plan(), rng));
    Box away = new Box(game.away(), minutes(game.away().plan(), rng));
    TrialRates rh = new TrialRates(game.home(), home.minutes());
    TrialRates ra = new TrialRates(game.away(), away.minutes());
    double fgaHome = expectedFga(pace, game.home().team().fgaFactor());
    double fgaAway = expectedFga(pace, game.away().team().fgaFactor());
    period(rng, MAKE_SLOTS, MISS_SLOTS, 1.0, pace, fgaHome, shootHome, rh, ra, home, away);
    period(rng, MAKE_SLOTS, MISS_SLOTS, 1.0, pace, fgaAway, shootAway, ra, rh, away, home);
    int overtimes = 0;
    while (home.score() == away.score()) {
      overtimes++;
      period(rng, OT_SLOTS, OT_SLOTS, OT_FRACTION, pace, fgaHome, shootHome, rh, ra,
          home, away);
      period(rng, OT_SLOTS, OT_SLOTS, OT_FRACTION, pace, fgaAway, shootAway, ra, rh,
          away, home);
    }
    double stretch = 1 + overtimes * 5.0 / 48.0;
    for (Box b : new Box[] {home, away}) {
      for (int i = 0; i < b.minutes().length; i++) {
        b.minutes()[i] *= stretch;
      }
    }
    return new Result(game, pace, overtimes, home, away);
  }

  /** Realised minutes (see {@link MinutesPlan}); the total is 240 before clamping to [0, 48]. */
  static double[] minutes(MinutesPlan plan, SplittableRandom rng) {
    int n = plan.players.length;
    double[] m = new double[n];
    double[] d = new double[n];
    double total = -plan.garbageMean;
    for (int i = 0; i < n; i++) {
      double z = Draws.gaussian(rng);
      if (plan.pool[i]) {
        m[i] = Math.max(0, plan.poolShift[i] + GARBAGE_SD * z);
        total += m[i];
      } else {
        d[i] = plan.sd[i] * z;
        total += d[i];
      }
    }
    for (int i = 0; i < n; i++) {
      if (!plan.pool[i]) {
        double w = plan.sd[i] * plan.sd[i] / plan.sdSquareSum;
        m[i] = Math.max(0, Math.min(MAX_MINUTES, plan.mu[i] + d[i] - w * total));
      }
    }
    return m;
  }

  /**
   * One team's offence over a period: {@code makeSlots} scoring chances (each a make with
   * probability pMake), {@code missSlots} miss chances (each a miss with probability pMiss), then
   * free throws and turnovers scaled by {@code fraction} of a regulation game.
   */
  private static void period(SplittableRandom rng, int makeSlots, int missSlots, double fraction,
      double pace, double fga, double shoot, TrialRates own, TrialRates opp, Box off, Box def) {
    PlayerProfile[] players = off.team().plan().players;
    double pMake = makeProbability(fga, own.fgPct, shoot);
    double pMiss = missProbability(fga, own.fgPct, shoot);
    for (int k = 0; k < makeSlots; k++) {
      if (rng.nextDouble() >= pMake) {
        continue;
      }
      int j = Draws.pick(rng, own.makeShare, 1.0, -1);
      boolean three = rng.nextDouble() < own.threeFrac[j];
      off.points()[j] += three ? 3 : 2;
      if (three) {
        off.threes()[j]++;
      }
      if (rng.nextDouble() < players[j].assisted()) {
        off.assists()[Draws.pick(rng, own.assistW, own.assistSum - own.assistW[j], j)]++;
      }
    }
    for (int k = 0; k < missSlots; k++) {
      if (rng.nextDouble() >= pMiss) {
        continue;
      }
      if (rng.nextDouble() < BLOCK_PER_MISS) {
        def.blocks()[Draws.pick(rng, opp.blockW, opp.blockSum, -1)]++;
      }
      if (rng.nextDouble() < REBOUNDED) {
        if (rng.nextDouble() < off.team().orbProb()) {
          off.rebounds()[Draws.pick(rng, own.orebW, own.orebSum, -1)]++;
        } else {
          def.rebounds()[Draws.pick(rng, opp.drebW, opp.drebSum, -1)]++;
        }
      }
    }
    for (int i = 0; i < players.length; i++) {
      off.points()[i] += Draws.poisson(rng, own.ftPerAttempt[i] * fga * fraction);
    }
    int turnovers = Draws.poisson(rng, TOV_PER_POSSESSION * pace * fraction);
    for (int t = 0; t < turnovers; t++) {
      off.turnovers()[Draws.pick(rng, own.tovW, own.tovSum, -1)]++;
      if (rng.nextDouble() < STEAL_PER_TOV) {
        def.steals()[Draws.pick(rng, opp.stealW, opp.stealSum, -1)]++;
      }
    }
  }
}
