package com.betterbros.props.optimize.core;

/**
 * What to optimise on a board.
 *
 * @param table the payout table (its legs are the slip size)
 * @param method the search
 * @param topK how many slips to return, best first (1..20)
 * @param seed the genetic algorithm's seed (ignored by the other methods)
 * @param constraints what each slip, and the set of slips, must respect
 */
public record SlipQuery(PayoutTable table, OptimizeMethod method, int topK, long seed, SlipConstraints constraints) {

  public static final int MAX_TOP_K = 20;

  /** Checks top_k in 1..20. */
  public SlipQuery {
    if (topK < 1 || topK > MAX_TOP_K) {
      throw new IllegalArgumentException("top_k must be in 1.." + MAX_TOP_K + ", got " + topK);
    }
  }

  /** The slip size: the table's number of legs. */
  public int size() {
    return table.legs();
  }
}
