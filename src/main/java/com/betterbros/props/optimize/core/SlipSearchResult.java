package com.betterbros.props.optimize.core;

import java.util.List;

/**
 * What {@link SlipOptimizer#optimize} found.
 *
 * @param slips up to top_k slips, best EV first (fewer when the board or max_exposure allows fewer)
 * @param method the search used
 * @param evaluated slips scored (exact: leaves of the search tree; genetic: distinct slips the
 *     population held; greedy: partial and whole slips compared)
 * @param exactCalls exact multivariate-normal block probabilities computed (cache misses)
 * @param elapsedMs wall-clock milliseconds
 * @param search how a time-budgeted exact search ended, or null (other methods, or no time budget)
 * @param exposure how the slips were chosen jointly under max_exposure ({@link ExposurePacking}), or
 *     null when the cap does not bind (or for the greedy method, which picks one slip at a time)
 */
public record SlipSearchResult(List<OptimizedSlip> slips, OptimizeMethod method, long evaluated, long exactCalls,
    long elapsedMs, SearchReport search, ExposurePacking.Packing exposure) {

  /**
   * How the time-budgeted exact search ended.
   *
   * @param optimal true when the search finished: no slip it did not examine can beat the slips returned
   * @param upperBound no slip of the board has an EV above this (proven by the search's bounds); the
   *     best slip's EV when optimal
   * @param gap upper bound minus the best returned slip's EV (0 when optimal)
   * @param fallback "genetic" when the search ran out of time and the genetic engine, seeded with its
   *     incumbents, used the rest of the budget; null otherwise
   * @param exactMs milliseconds the exact search (bounds and tree) ran
   */
  public record SearchReport(boolean optimal, double upperBound, double gap, String fallback, long exactMs) {}
}
