package com.betterbros.props.model.core;

/**
 * A model's answer for one leg. {@code pOver} is calibrated. The mean and the 80% interval are the
 * fitted count distribution's for the regression model; the classifiers have no distribution of
 * the stat and report NaN for all three (serialise as null).
 *
 * @param pOver calibrated P(stat > line)
 * @param projectedMean expected stat value, or NaN
 * @param interval80Low 10% quantile of the stat, or NaN
 * @param interval80High 90% quantile of the stat, or NaN
 */
public record LegPrediction(double pOver, double projectedMean, double interval80Low,
    double interval80High) {}
