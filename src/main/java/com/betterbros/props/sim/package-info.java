/**
 * The synthetic NBA season: a pure, seeded generator of teams, players, games, box scores,
 * injuries and props with their true probabilities (docs/SYNTHETIC.md). No Vert.x.
 *
 * <p>May import {@code math} and the domains' {@code core} records.
 */
package com.betterbros.props.sim;
