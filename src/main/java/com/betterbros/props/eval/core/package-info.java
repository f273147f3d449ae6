/**
 * The eval domain's core, plain Java (no Vert.x).
 *
 * <p>Calibration: out-of-sample forecasts with their outcomes ({@link
 * com.betterbros.props.eval.core.ScoredLeg}), reliability diagrams in equal-width or equal-mass
 * bins with Wilson intervals, ECE, MCE, Murphy's Brier decomposition, log loss and AUC, overall and
 * by segment.
 *
 * <p>Backtests: {@link com.betterbros.props.eval.core.BacktestRun} walks the days of a {@link
 * com.betterbros.props.eval.core.BacktestSpec}; {@link com.betterbros.props.eval.core.BacktestData}
 * holds the boards with their pre-game features and outcomes, {@link
 * com.betterbros.props.eval.core.WalkForwardModels} the models trained strictly before each day,
 * {@link com.betterbros.props.eval.core.DayBets} the strategies, {@link
 * com.betterbros.props.eval.core.Staking} and {@link com.betterbros.props.eval.core.Settlement} the
 * money, {@link com.betterbros.props.eval.core.BookSummary} the figures.
 *
 * <p>May import other {@code core} packages and {@code math}; never its domain's edge, an
 * {@code api}, {@code bus}, {@code app} or {@code http}.
 */
package com.betterbros.props.eval.core;
