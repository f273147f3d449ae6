/**
 * The optimize domain's core, plain Java (no Vert.x): payout tables, slip economics, the exact, genetic and greedy slip searches and their constraints.
 *
 * <p>May import other {@code core} packages, {@code math}, {@code sim}, {@code identity},
 * {@code platforms} and {@code espn} records; never its domain's edge, an {@code api}, {@code bus},
 * {@code app} or {@code http}.
 */
package com.betterbros.props.optimize.core;
