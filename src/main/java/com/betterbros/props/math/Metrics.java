package com.betterbros.props.math;

/**
 * TEMPORARY copy for the model branch (the math branch owns this type): scores of probability
 * forecasts against binary outcomes.
 *
 * @param brier mean squared error of the probabilities
 * @param logLoss mean negative log-likelihood in nats, probabilities clipped to [1e-15, 1 - 1e-15]
 * @param ece expected calibration error over 10 equal-width bins
 * @param auc ROC area under the curve; NaN when only one class is present
 * @param n number of forecasts scored
 */
public record Metrics(double brier, double logLoss, double ece, double auc, int n) {}
