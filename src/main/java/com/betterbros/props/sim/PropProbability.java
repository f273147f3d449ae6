package com.betterbros.props.sim;

import static com.betterbros.props.sim.ModelParams.*;

import java.util.List;

/**
 * Exact-model pre-game probabilities P(stat > line): the generator's own model integrated over
 * every game-level random quantity, never conditioned on the outcome.
 *
 * <p>Given the latent layer (pace, the two shooting nights, the player's minutes) a prop stat of
 * player i is a sum of independent chances plus a Poisson free-throw count. Per scoring chance of
 * his team he adds 2 or 3 (his make) or 1 (his assist); per miss chance of either team he adds 1
 * (his offensive or defensive rebound). With 64 chances of each kind per team its PMF is that of
 * [M(z) R_own(z) R_opp(z)]^64 e^(lambda(z-1)), computed by {@link CountDistribution}.
 *
 * <p>The latent layer is integrated by Gauss-Hermite quadrature: 2 nodes each for log pace and
 * the two log shooting nights, 5 for the player's minutes (within 0.0003 of a 7 x 15-node rule),
 * whose law is N(mu_i, Var m_i) ({@link MinutesPlan}); the teammates' minutes are set to their
 * conditional means given m_i. Overtime: with probability pi = P(regulation tie | pace, nights),
 * from both teams' score PMFs, one 5-minute period is added: P = (1 - pi) P(X > L) +
 * pi P(X + Y > L).
 */
final class PropProbability {

  private static final int MAX_SCORE = 260;
  private final GameSetup game;
  private final GaussHermite shared;
  private final GaussHermite minutesRule;
  private final double[] pace;
  private final double[] night;
  private final TrialRates expectedHome;
  private final TrialRates expectedAway;
  /** tie[p][h][a]: P(regulation tie) at pace node p, home night node h, away night node a. */
  private final double[][][] tie;

  PropProbability(GameSetup game) {
    this(game, 2, 5);
  }

  PropProbability(GameSetup game, int sharedNodes, int minutesNodes) {
    this.game = game;
    this.shared = GaussHermite.standardNormal(sharedNodes);
    this.minutesRule = GaussHermite.standardNormal(minutesNodes);
    int k = shared.size();
    pace = new double[k];
    night = new double[k];
    for (int i = 0; i < k; i++) {
      pace[i] = game.paceMu() * StrictMath.exp(PACE_LOG_SD * shared.nodes[i]);
      night[i] = StrictMath.exp(SHOOTING_LOG_SD * shared.nodes[i]);
    }
    expectedHome = new TrialRates(game.home(), game.home().plan().mu);
    expectedAway = new TrialRates(game.away(), game.away().plan().mu);
    tie = new double[k][k][k];
    for (int p = 0; p < k; p++) {
      double[][] home = new double[k][];
      double[][] away = new double[k][];
      for (int s = 0; s < k; s++) {
        home[s] = teamScore(expectedHome, fga(true, p), night[s]);
        away[s] = teamScore(expectedAway, fga(false, p), night[s]);
      }
      for (int h = 0; h < k; h++) {
        for (int a = 0; a < k; a++) {
          double t = 0;
          for (int x = 0; x <= MAX_SCORE; x++) {
            t += home[h][x] * away[a][x];
          }
          tie[p][h][a] = t;
        }
      }
    }
  }

  private double fga(boolean homeSide, int paceNode) {
    return expectedFga(pace[paceNode], game.side(homeSide).team().fgaFactor());
  }

  /** Regulation score PMF: per chance 2 or 3 points, plus Poisson free throws. */
  private static double[] teamScore(TrialRates r, double fga, double s) {
    double m = makeProbability(fga, r.fgPct, s);
    double three = r.threeShare();
    double[] g = {1 - m, 0, m * (1 - three), m * three};
    return CountDistribution.pmf(g, MAKE_SLOTS, fga * r.ftTotal(), MAX_SCORE);
  }

  /**
   * P(stat > line) for player {@code i} of the given side: result[s][l] for {@code stats.get(s)}
   * and {@code lines[s][l]}.
   */
  double[][] overProbabilities(boolean homeSide, int i, List<PropStat> stats, double[][] lines) {
    TeamSetup own = game.side(homeSide);
    TeamSetup opp = game.side(!homeSide);
    TrialRates oppRates = homeSide ? expectedAway : expectedHome;
    MinutesPlan plan = own.plan();
    int k = shared.size();
    double[][] out = new double[stats.size()][];
    for (int s = 0; s < stats.size(); s++) {
      out[s] = new double[lines[s].length];
    }
    double sdMinutes = Math.sqrt(plan.minutesVariance(i));
    double[] minutes = new double[plan.players.length];
    for (int mNode = 0; mNode < minutesRule.size(); mNode++) {
      double delta = sdMinutes * minutesRule.nodes[mNode];
      for (int j = 0; j < minutes.length; j++) {
        double m = plan.mu[j] + plan.minutesBeta(i, j) * delta;
        minutes[j] = Math.max(0, Math.min(MAX_MINUTES, m));
      }
      TrialRates r = new TrialRates(own, minutes);
      double assist = r.assistRate(i);
      double orShare = r.orebW[i] / r.orebSum;
      double drShare = r.drebW[i] / r.drebSum;
      for (int p = 0; p < k; p++) {
        double fga = fga(homeSide, p);
        double fgaOpp = fga(!homeSide, p);
        double lambda = fga * r.ftPerAttempt[i];
        for (int so = 0; so < k; so++) {
          double make = makeProbability(fga, r.fgPct, night[so]);
          double a = make * r.make2[i];
          double b = make * r.make3[i];
          double c = make * assist;
          double e = missProbability(fga, r.fgPct, night[so]) * REBOUNDED * own.orbProb()
              * orShare;
          double w = minutesRule.weights[mNode] * shared.weights[p] * shared.weights[so];
          double piMean = 0;
          for (int sd = 0; sd < k; sd++) {
            double pi = homeSide ? tie[p][so][sd] : tie[p][sd][so];
            piMean += shared.weights[sd] * pi;
            double f = missProbability(fgaOpp, oppRates.fgPct, night[sd]) * REBOUNDED
                * (1 - opp.orbProb()) * drShare;
            double[] rebounds = CountDistribution.multiply(new double[] {1 - e, e},
                new double[] {1 - f, f});
            for (int s = 0; s < stats.size(); s++) {
              if (stats.get(s) == PropStat.REBOUNDS) {
                accumulate(out[s], lines[s], rebounds, 0, pi, w * shared.weights[sd]);
              } else if (stats.get(s) == PropStat.PTS_REBS_ASTS) {
                double[] g = CountDistribution.multiply(new double[] {1 - a - b - c, c, a, b},
                    rebounds);
                accumulate(out[s], lines[s], g, lambda, pi, w * shared.weights[sd]);
              }
            }
          }
          for (int s = 0; s < stats.size(); s++) {
            double[] g = switch (stats.get(s)) {
              case POINTS -> new double[] {1 - a - b, 0, a, b};
              case THREES -> new double[] {1 - b, b};
              case ASSISTS -> new double[] {1 - c, c};
              default -> null;
            };
            if (g != null) {
              double lam = stats.get(s) == PropStat.POINTS ? lambda : 0.0;
              accumulate(out[s], lines[s], g, lam, piMean, w);
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * Adds w [(1 - pi) P(X > L) + pi P(X + Y > L)] for each line L, X the regulation count and Y
   * one overtime's, both with per-chance polynomial {@code g}.
   */
  private static void accumulate(double[] out, double[] lines, double[] g, double lambda,
      double pi, double w) {
    int max = 0;
    for (double line : lines) {
      max = Math.max(max, (int) Math.floor(line));
    }
    double[] reg = CountDistribution.pmf(g, MAKE_SLOTS, lambda, max);
    double[] ot = CountDistribution.pmf(g, OT_SLOTS, lambda * OT_FRACTION, max);
    double[] cdf = new double[max + 1];
    double run = 0;
    for (int x = 0; x <= max; x++) {
      run += reg[x];
      cdf[x] = run;
    }
    for (int l = 0; l < lines.length; l++) {
      int kk = (int) Math.floor(lines[l]);
      if (kk < 0) {
        out[l] += w;
        continue;
      }
      double withOt = 0;
      for (int y = 0; y <= kk; y++) {
        withOt += ot[y] * cdf[kk - y];
      }
      out[l] += w * ((1 - pi) * (1 - cdf[kk]) + pi * (1 - withOt));
    }
  }

  /** Expected stat at expected minutes and central latents: the book's preseason anchor. */
  double centralMean(boolean homeSide, int i, PropStat stat) {
    TeamSetup own = game.side(homeSide);
    TeamSetup opp = game.side(!homeSide);
    TrialRates r = homeSide ? expectedHome : expectedAway;
    TrialRates o = homeSide ? expectedAway : expectedHome;
    double fga = expectedFga(game.paceMu(), own.team().fgaFactor());
    double fgaOpp = expectedFga(game.paceMu(), opp.team().fgaFactor());
    double makes = MAKE_SLOTS * makeProbability(fga, r.fgPct, 1.0);
    double pts = makes * (2 * r.make2[i] + 3 * r.make3[i]) + fga * r.ftPerAttempt[i];
    double reb = MISS_SLOTS * missProbability(fga, r.fgPct, 1.0) * REBOUNDED * own.orbProb()
        * r.orebW[i] / r.orebSum + MISS_SLOTS * missProbability(fgaOpp, o.fgPct, 1.0)
        * REBOUNDED * (1 - opp.orbProb()) * r.drebW[i] / r.drebSum;
    double ast = makes * r.assistRate(i);
    return switch (stat) {
      case POINTS -> pts;
      case REBOUNDS -> reb;
      case ASSISTS -> ast;
      case PTS_REBS_ASTS -> pts + reb + ast;
      case THREES -> makes * r.make3[i];
    };
  }
}
