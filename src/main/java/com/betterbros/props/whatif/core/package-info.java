/**
 * The what-if domain's core, plain Java (no Vert.x): the sensitivity of a slip's EV and P(all) to
 * its legs' probabilities and correlations ({@link com.betterbros.props.whatif.core.SlipSensitivity},
 * {@link com.betterbros.props.whatif.core.ConditionalLegs}), and the on/off redistribution of an
 * absent player's minutes and per-minute rates to his teammates
 * ({@link com.betterbros.props.whatif.core.OnOffSplits}, {@link com.betterbros.props.whatif.core.ScenarioFeatures}).
 *
 * <p>May import other {@code core} packages, {@code math}, {@code sim}, {@code identity},
 * {@code platforms} and {@code espn} records; never its domain's edge, an {@code api}, {@code bus},
 * {@code app} or {@code http}.
 */
package com.betterbros.props.whatif.core;
