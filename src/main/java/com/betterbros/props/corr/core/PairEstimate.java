package com.betterbros.props.corr.core;

/**
 * The correlation of two legs' outcomes: {@code rho} as used (shrunk toward the relation's prior,
 * oriented for the sides picked), the raw sample correlation of residuals over {@code n} shared
 * games (NaN below 3), and the two-sided p-value of that sample correlation (Fisher z).
 */
public record PairEstimate(double rho, double sample, int n, double pValue, Relation relation) {}
