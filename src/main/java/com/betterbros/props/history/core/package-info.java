/**
 * The history domain's core, plain Java (no Vert.x): teams, players, games and box scores, the game-log CSV reader, ESPN records on history's terms, identity resolution of a source's players, rest days and stat formulas.
 *
 * <p>May import other {@code core} packages, {@code math}, {@code sim}, {@code identity},
 * {@code platforms} and {@code espn} records; never its domain's edge, an {@code api}, {@code bus},
 * {@code app} or {@code http}.
 */
package com.betterbros.props.history.core;
