/**
 * The eval domain's contract: what other domains and other JVM services compile against.
 * {@code EvalService} on the bus with its request ({@code CalibrationQuery}) and reply views
 * ({@code Calibration}, {@code CalibrationSegment}, {@code CalibrationBinView},
 * {@code BrierDecomposition}, {@code EvaluatedModel}).
 *
 * <p>May import Vert.x (codegen, Future, JSON), {@code bus}, {@code store} types and {@code core}
 * packages; never an implementation (the domain's own package, {@code app}, {@code http}).
 */
package com.betterbros.props.eval.api;
