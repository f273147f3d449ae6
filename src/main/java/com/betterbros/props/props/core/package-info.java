/**
 * The props domain's core, plain Java (no Vert.x): the prop record with its payout terms and line history, the query, and the rules both repositories share.
 *
 * <p>May import other {@code core} packages, {@code math}, {@code sim}, {@code identity},
 * {@code platforms} and {@code espn} records; never its domain's edge, an {@code api}, {@code bus},
 * {@code app} or {@code http}.
 */
package com.betterbros.props.props.core;
