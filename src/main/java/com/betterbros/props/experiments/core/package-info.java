/**
 * The experiments domain's core, plain Java (no Vert.x): the walk-forward experiment run, its baselines, PIT histogram and the model-quality report.
 *
 * <p>May import other {@code core} packages, {@code math}, {@code sim}, {@code identity},
 * {@code platforms} and {@code espn} records; never its domain's edge, an {@code api}, {@code bus},
 * {@code app} or {@code http}.
 */
package com.betterbros.props.experiments.core;
