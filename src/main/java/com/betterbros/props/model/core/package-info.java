/**
 * The model domain's core, plain Java (no Vert.x): the prop models (XGBoost + calibrated negative binomial, XGBoost classifier, logistic SGD), their training, datasets and calibrated predictions.
 *
 * <p>May import other {@code core} packages, {@code math}, {@code sim}, {@code identity},
 * {@code platforms} and {@code espn} records; never its domain's edge, an {@code api}, {@code bus},
 * {@code app} or {@code http}.
 */
package com.betterbros.props.model.core;
