package com.betterbros.props.math;

/**
 * One non-empty bin of a reliability diagram: the predictions that fell in [lower, upper) (the last
 * bin also holds p = 1), how many there were, their mean predicted probability and the observed
 * frequency of the positive outcome among them.
 *
 * @param lower inclusive lower edge of the bin
 * @param upper upper edge of the bin (exclusive, except 1.0 for the last bin)
 * @param n number of predictions in the bin, at least 1
 * @param meanPredicted mean of the predicted probabilities in the bin
 * @param observedRate fraction of outcomes equal to 1 in the bin
 */
public record ReliabilityBin(
    double lower, double upper, int n, double meanPredicted, double observedRate) {}
