package com.betterbros.props.math;

/**
 * The outcome distribution of a slip of n legs: {@code pAll} = P(every leg wins), {@code hits[k]}
 * = P(exactly k legs win) for k = 0..n (so hits[n] = pAll and the entries sum to 1), and
 * {@code stdError}: for Monte Carlo the standard error of pAll; for the deterministic method an
 * error bound on pAll and every hits[k] (0 when only closed-form pieces were needed).
 */
public record SlipDistribution(double pAll, double[] hits, double stdError) {

  /** Number of legs n (hits has n + 1 entries). */
  public int legs() {
    return hits.length - 1;
  }
}
