package com.betterbros.props.optimize.core;

/**
 * Tighter envelopes for blocks too many to enumerate, from the component's block maxima (binomial
 * moment bounds; e.g. Galambos and Simonelli, "Bonferroni-type Inequalities", 1996, ch. 1). For a
 * count K of s legs and t <= m, K >= m implies C(K, t) >= C(m, t), so by Markov's inequality
 *
 * <pre>
 *   P(K >= m) <= E[C(K, t)] / C(m, t) = sum over t-subsets T of P(all of T win) / C(m, t)
 *            <= C(s, t) q_t / C(m, t),
 * </pre>
 *
 * with q_t the largest P(all t win) over the component's feasible t-blocks (the exact envelope's
 * S(t)), and for t = 1 the sharper E[K] <= sum of the s largest p of the component. Each cap is
 * non-increasing in m, so the minimum with the grown envelope is still a survival function that
 * dominates every feasible s-block. The computed block probabilities satisfy these identities
 * only to the exact method's accuracy, hence the slack of {@link ExactBounds#MONOTONE_SLACK} per
 * term.
 */
final class MomentCaps {

  private MomentCaps() {}

  /**
   * The grown envelope of s-leg blocks capped for every m by the t = 1 bound and, for each exact
   * size t = 2..exactUpTo with a feasible block, the t-th moment bound.
   */
  static double[] cap(double[] grown, int s, double[][] env, int exactUpTo, double topSum) {
    if (grown == null) {
      return null;
    }
    double[] surv = HitDistributions.survival(grown);
    for (int m = 1; m < surv.length; m++) {
      // t = 1: P(K >= m) <= E[K] / m
      double cap = (topSum + s * ExactBounds.MONOTONE_SLACK) / m;
      for (int t = 2; t <= Math.min(m, exactUpTo); t++) {
        if (env[t] == null || env[t].length <= t) {
          continue;
        }
        double q = HitDistributions.survival(env[t])[t];
        double terms = ExactBounds.choose(s, t);
        cap = Math.min(cap, terms * (q + ExactBounds.MONOTONE_SLACK) / ExactBounds.choose(m, t));
      }
      surv[m] = Math.min(surv[m], Math.min(1, cap));
    }
    for (int m = 1; m < surv.length; m++) {
      surv[m] = Math.min(surv[m], surv[m - 1]);
    }
    return HitDistributions.fromSurvival(surv);
  }

  /** The sum of the s largest p among the legs (an upper bound on E[K] of any s of them). */
  static double topSum(SlipProblem problem, int[] legs, int s) {
    double[] p = new double[legs.length];
    for (int i = 0; i < legs.length; i++) {
      p[i] = problem.board.legs().get(legs[i]).p();
    }
    java.util.Arrays.sort(p);
    double sum = 0;
    for (int i = 0; i < Math.min(s, p.length); i++) {
      sum += p[p.length - 1 - i];
    }
    return sum;
  }
}
