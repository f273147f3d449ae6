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
 */
public record SlipSearchResult(List<OptimizedSlip> slips, OptimizeMethod method, long evaluated, long exactCalls,
    long elapsedMs) {}
