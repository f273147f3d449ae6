package com.betterbros.props.sim;

/**
 * One team's per-chance probabilities for given minutes, before pace and shooting night.
 *
 * <p>Player i takes share_i = u_i m_i / sum_j u_j m_j of the field-goal attempts, a fraction r3_i
 * of them threes, made with probability pm2_i or pm3_i (skill x game make factor). His make rate
 * per attempt is pmk_i = (1 - r3_i) pm2_i + r3_i pm3_i and the team's is fgPct = sum_j share_j
 * pmk_j. A made basket is player i's with probability makeShare_i = share_i pmk_i / fgPct, and a
 * three with probability threeFrac_i = r3_i pm3_i / pmk_i; so per make, i scores a two with
 * probability make2_i and a three with make3_i. A make by j is assisted with probability alpha_j,
 * by teammate k != j with probability A_k / (sum A - A_j), A_k = assist weight x minutes.
 * Rebounds, blocks, steals and turnovers are split in proportion to weight x minutes. Free throws
 * made: Poisson with mean ftPerAttempt_i x (expected team FGA).
 */
final class TrialRates {

  final double[] share;
  final double[] makeShare;
  final double[] threeFrac;
  final double[] make2;
  final double[] make3;
  final double fgPct;
  final double[] assistW;
  final double assistSum;
  final double[] orebW;
  final double orebSum;
  final double[] drebW;
  final double drebSum;
  final double[] blockW;
  final double blockSum;
  final double[] stealW;
  final double stealSum;
  final double[] tovW;
  final double tovSum;
  final double[] ftPerAttempt;
  private final PlayerProfile[] players;

  TrialRates(TeamSetup setup, double[] minutes) {
    players = setup.plan().players;
    int n = players.length;
    share = new double[n];
    makeShare = new double[n];
    threeFrac = new double[n];
    make2 = new double[n];
    make3 = new double[n];
    assistW = new double[n];
    orebW = new double[n];
    drebW = new double[n];
    blockW = new double[n];
    stealW = new double[n];
    tovW = new double[n];
    ftPerAttempt = new double[n];
    double usage = 0;
    for (int i = 0; i < n; i++) {
      usage += players[i].usage() * minutes[i];
    }
    double[] pmk = new double[n];
    double fg = 0;
    for (int i = 0; i < n; i++) {
      PlayerProfile p = players[i];
      double m = minutes[i];
      share[i] = p.usage() * m / usage;
      double pm2 = Math.min(0.9, p.twoPct() * setup.makeFactor());
      double pm3 = Math.min(0.9, p.threePct() * setup.makeFactor());
      pmk[i] = (1 - p.threeRate()) * pm2 + p.threeRate() * pm3;
      threeFrac[i] = p.threeRate() * pm3 / pmk[i];
      fg += share[i] * pmk[i];
      assistW[i] = p.assistWeight() * m;
      orebW[i] = p.orebWeight() * m;
      drebW[i] = p.drebWeight() * m;
      blockW[i] = p.blockWeight() * m;
      stealW[i] = p.stealWeight() * m;
      tovW[i] = p.tovWeight() * m;
      ftPerAttempt[i] = p.ftRate() * share[i] * setup.ftFactor() * p.ftPct();
    }
    fgPct = fg;
    for (int i = 0; i < n; i++) {
      makeShare[i] = share[i] * pmk[i] / fg;
      make2[i] = makeShare[i] * (1 - threeFrac[i]);
      make3[i] = makeShare[i] * threeFrac[i];
    }
    assistSum = sum(assistW);
    orebSum = sum(orebW);
    drebSum = sum(drebW);
    blockSum = sum(blockW);
    stealSum = sum(stealW);
    tovSum = sum(tovW);
  }

  private static double sum(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s;
  }

  /** Per made basket of the team, the probability that player i assisted it. */
  double assistRate(int i) {
    double s = 0;
    for (int j = 0; j < share.length; j++) {
      double rest = assistSum - assistW[j];
      if (j != i && rest > 0) {
        s += makeShare[j] * players[j].assisted() / rest;
      }
    }
    return assistW[i] * s;
  }

  /** Per made basket, the probability that it is a three. */
  double threeShare() {
    return sum(make3);
  }

  /** Team free throws made per field-goal attempt. */
  double ftTotal() {
    return sum(ftPerAttempt);
  }
}
