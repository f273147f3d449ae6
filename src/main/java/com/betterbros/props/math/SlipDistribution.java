package com.betterbros.props.math;

/**
 * The outcome distribution of a slip of n legs.
 *
 * @param pAll probability that every leg wins, {@code hits[n]}
 * @param hits {@code hits[k]} = P(exactly k legs win), k = 0..n
 * @param stdError standard error of {@code pAll} (0 for a deterministic method)
 */
public record SlipDistribution(double pAll, double[] hits, double stdError) {}
