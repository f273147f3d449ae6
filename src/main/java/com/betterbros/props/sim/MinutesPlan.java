package com.betterbros.props.sim;

import static com.betterbros.props.sim.ModelParams.*;

import com.betterbros.props.math.Normal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Who plays for a team in one game and how many minutes each is expected to play.
 *
 * <p>Injured players' base minutes go to the healthy ones (weights mu + 6, cap 38); on a
 * back-to-back starters lose 6% and the bench absorbs it. Players expected under 6 minutes form the
 * garbage-time pool: minutes X = max(0, a + 5 Z) with a = mu - 2.5 (0 = DNP). Rotation players get
 * mu scaled so that sum(mu) + E[G] = 240, where G is the pool's total. In a game, rotation minutes
 * are m_i = mu_i + d_i - w_i (sum_j d_j + G - E[G]) with d_i ~ N(0, sd_i^2), w_i = sd_i^2 / S and
 * S = sum_j sd_j^2: the team total is exactly 240 and the noise is spread in proportion to sd^2.
 */
final class MinutesPlan {

  final PlayerProfile[] players;
  final double[] mu;
  final double[] sd;
  final double[] poolShift;
  final boolean[] pool;
  final double garbageMean;
  final double garbageVar;
  final double sdSquareSum;

  private MinutesPlan(PlayerProfile[] players, double[] mu, boolean[] pool, double[] poolShift,
      double garbageMean, double garbageVar) {
    this.players = players;
    this.mu = mu;
    this.pool = pool;
    this.poolShift = poolShift;
    this.garbageMean = garbageMean;
    this.garbageVar = garbageVar;
    this.sd = new double[mu.length];
    double s = 0;
    for (int i = 0; i < mu.length; i++) {
      sd[i] = pool[i] ? 0 : minutesSd(mu[i]);
      s += sd[i] * sd[i];
    }
    this.sdSquareSum = s;
  }

  /** The plan for {@code team} with {@code out} players injured after {@code rest} days off. */
  static MinutesPlan of(TeamProfile team, Predicate<String> out, int rest) {
    List<PlayerProfile> active = new ArrayList<>();
    double freed = 0;
    for (PlayerProfile p : team.roster()) {
      if (out.test(p.id())) {
        freed += p.baseMinutes();
      } else {
        active.add(p);
      }
    }
    PlayerProfile[] players = active.toArray(PlayerProfile[]::new);
    double[] mu = new double[players.length];
    boolean[] all = new boolean[players.length];
    boolean[] bench = new boolean[players.length];
    for (int i = 0; i < players.length; i++) {
      mu[i] = players[i].baseMinutes();
      all[i] = true;
      bench[i] = !players[i].starter();
    }
    redistribute(mu, all, freed);
    if (rest == 0) {
      double cut = 0;
      for (int i = 0; i < players.length; i++) {
        if (players[i].starter()) {
          cut += mu[i] * (1 - B2B_STARTER_MINUTES);
          mu[i] *= B2B_STARTER_MINUTES;
        }
      }
      redistribute(mu, bench, cut);
    }
    boolean[] pool = new boolean[players.length];
    double[] shift = new double[players.length];
    double gMean = 0;
    double gVar = 0;
    double rotation = 0;
    for (int i = 0; i < players.length; i++) {
      pool[i] = mu[i] < ROTATION_MIN;
      if (pool[i]) {
        shift[i] = mu[i] - GARBAGE_SHIFT;
        double[] m = censoredMoments(shift[i], GARBAGE_SD);
        mu[i] = m[0];
        gMean += m[0];
        gVar += m[1] - m[0] * m[0];
      } else {
        rotation += mu[i];
      }
    }
    double scale = (TEAM_MINUTES - gMean) / rotation;
    for (int i = 0; i < players.length; i++) {
      if (!pool[i]) {
        mu[i] *= scale;
      }
    }
    return new MinutesPlan(players, mu, pool, shift, gMean, gVar);
  }

  /** Adds {@code minutes} to eligible players in proportion to mu + 6, capping at 38 (then 48). */
  private static void redistribute(double[] mu, boolean[] eligible, double minutes) {
    double left = minutes;
    double cap = MINUTES_CAP;
    for (int round = 0; round < 20 && left > 1e-9; round++) {
      double total = 0;
      for (int i = 0; i < mu.length; i++) {
        total += eligible[i] && mu[i] < cap ? mu[i] + 6 : 0;
      }
      if (total == 0) {
        cap = MAX_MINUTES;
        continue;
      }
      double given = left;
      left = 0;
      for (int i = 0; i < mu.length; i++) {
        if (eligible[i] && mu[i] < cap) {
          mu[i] += given * (mu[i] + 6) / total;
          if (mu[i] > cap) {
            left += mu[i] - cap;
            mu[i] = cap;
          }
        }
      }
    }
  }

  /** E[X] and E[X^2] of X = max(0, a + b Z): a Phi(a/b) + b phi(a/b), (a^2+b^2) Phi + a b phi. */
  static double[] censoredMoments(double a, double b) {
    double z = a / b;
    double cdf = Normal.cdf(z);
    double pdf = Normal.pdf(z);
    return new double[] {a * cdf + b * pdf, (a * a + b * b) * cdf + a * b * pdf};
  }

  /** Var(m_i) = sd_i^2 (1 - 2 w_i) + w_i^2 (S + Var G) for a rotation player. */
  double minutesVariance(int i) {
    double w = sd[i] * sd[i] / sdSquareSum;
    return sd[i] * sd[i] * (1 - 2 * w) + w * w * (sdSquareSum + garbageVar);
  }

  /**
   * E[m_j - mu_j | m_i - mu_i = 1] = Cov(m_i, m_j) / Var(m_i), with
   * Cov(m_i, m_j) = sd_i^2 sd_j^2 (Var G - S) / S^2 for two rotation players.
   */
  double minutesBeta(int i, int j) {
    if (i == j) {
      return 1.0;
    }
    if (pool[j]) {
      return 0.0;
    }
    double s2 = sdSquareSum * sdSquareSum;
    double cov = sd[i] * sd[i] * sd[j] * sd[j] * (garbageVar - sdSquareSum) / s2;
    return cov / minutesVariance(i);
  }

  /** Sum over the active players of {@code weight} x expected minutes. */
  double strength(ToDoubleFunction<PlayerProfile> weight) {
    double s = 0;
    for (int i = 0; i < players.length; i++) {
      s += weight.applyAsDouble(players[i]) * mu[i];
    }
    return s;
  }

  int indexOf(String playerId) {
    for (int i = 0; i < players.length; i++) {
      if (players[i].id().equals(playerId)) {
        return i;
      }
    }
    return -1;
  }
}
