/**
 * Pure numerics, no Vert.x: the normal distribution, multivariate normal orthant and
 * hit-distribution probabilities (Plackett recursion, quadrature), Monte Carlo, correlation
 * matrices and their repair (EJML), calibration and its metrics, count distributions, payouts and
 * breakevens. Unit-tested and benchmarked directly.
 *
 * <p>Imports only the JDK and numerics libraries.
 */
package com.betterbros.props.math;
