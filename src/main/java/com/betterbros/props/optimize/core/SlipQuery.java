package com.betterbros.props.optimize.core;

/**
 * What to optimise on a board.
 *
 * @param table the payout table (its legs are the slip size)
 * @param method the search
 * @param topK how many slips to return, best first (1..20)
 * @param seed the genetic algorithm's seed (ignored by the other methods)
 * @param constraints what each slip, and the set of slips, must respect
 * @param timeLimitMs the exact method's time budget in milliseconds: past it the exact search stops,
 *     reports its proven upper bound and hands its incumbents to the genetic engine for the rest of
 *     the budget; 0 = no time budget, the work budgets of {@link SlipOptimizer} instead (past them
 *     {@link SearchBudgetException}, as backtests expect)
 */
public record SlipQuery(PayoutTable table, OptimizeMethod method, int topK, long seed, SlipConstraints constraints,
    long timeLimitMs) {

  public static final int MAX_TOP_K = 20;
  /** The time budget of the HTTP API when none is given. */
  public static final long DEFAULT_TIME_LIMIT_MS = 2_000;

  /** Checks top_k in 1..20 and a time limit >= 0. */
  public SlipQuery {
    if (topK < 1 || topK > MAX_TOP_K) {
      throw new IllegalArgumentException("top_k must be in 1.." + MAX_TOP_K + ", got " + topK);
    }
    if (timeLimitMs < 0) {
      throw new IllegalArgumentException("time limit must be >= 0 ms, got " + timeLimitMs);
    }
  }

  /** A query without a time budget: the exact method keeps its work budgets. */
  public SlipQuery(PayoutTable table, OptimizeMethod method, int topK, long seed, SlipConstraints constraints) {
    this(table, method, topK, seed, constraints, 0);
  }

  /** The slip size: the table's number of legs. */
  public int size() {
    return table.legs();
  }
}
