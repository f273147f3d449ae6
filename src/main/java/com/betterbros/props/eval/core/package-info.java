/**
 * The eval domain's core, plain Java (no Vert.x): out-of-sample forecasts with their outcomes
 * ({@link com.betterbros.props.eval.core.ScoredLeg}), reliability diagrams in equal-width or
 * equal-mass bins with Wilson intervals, ECE, MCE, Murphy's Brier decomposition, log loss and AUC,
 * overall and by segment.
 *
 * <p>May import other {@code core} packages and {@code math}; never its domain's edge, an
 * {@code api}, {@code bus}, {@code app} or {@code http}.
 */
package com.betterbros.props.eval.core;
