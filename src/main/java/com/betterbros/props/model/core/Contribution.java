package com.betterbros.props.model.core;

/**
 * One feature's additive contribution to a prediction, on the model's margin scale: the logit of
 * the raw (pre-calibration) P(over) for the classifiers, the predicted mean for the regression
 * model. The one-hot stat-type indicators are reported together as {@code "stat_type"}.
 *
 * @param feature a feature name of the model, or "stat_type"
 * @param value the contribution (TreeSHAP value or w_i x_i)
 */
public record Contribution(String feature, double value) {}
