/**
 * The features domain's core, plain Java (no Vert.x): the history snapshot and its index, and the leak-free features of a (player, game, stat) as of tip-off.
 *
 * <p>May import other {@code core} packages, {@code math}, {@code sim}, {@code identity},
 * {@code platforms} and {@code espn} records; never its domain's edge, an {@code api}, {@code bus},
 * {@code app} or {@code http}.
 */
package com.betterbros.props.features.core;
