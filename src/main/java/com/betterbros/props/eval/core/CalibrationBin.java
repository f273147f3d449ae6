package com.betterbros.props.eval.core;

/**
 * One bin of a reliability diagram: the forecasts in [lower, upper), their count, mean forecast,
 * the observed rate of the event and its Wilson 95% interval ({@code ciLow}, {@code ciHigh}).
 */
public record CalibrationBin(double lower, double upper, int n, double meanP, double observed, double ciLow,
    double ciHigh) {}
