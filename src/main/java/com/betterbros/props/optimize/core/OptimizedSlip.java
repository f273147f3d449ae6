package com.betterbros.props.optimize.core;

import java.util.List;

/**
 * One returned slip.
 *
 * @param legs the legs' ids, in board order
 * @param indices the legs' board indices, ascending
 * @param pAll P(every leg wins)
 * @param hitDistribution P(exactly k legs win), k = 0..n
 * @param ev expected profit per unit staked: the table's payouts times the legs' multiplier product
 * @param kellyFraction the Kelly fraction of the bankroll ({@link SlipEconomics#kellyFraction})
 * @param legMultiplierProduct the product of the legs' payout multipliers (1 for standard lines)
 */
public record OptimizedSlip(List<String> legs, int[] indices, double pAll, double[] hitDistribution, double ev,
    double kellyFraction, double legMultiplierProduct) {}
