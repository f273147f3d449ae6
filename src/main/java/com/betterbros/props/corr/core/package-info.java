/**
 * The corr domain's core, plain Java (no Vert.x): residual series and the shrunk correlation estimate of legs.
 *
 * <p>May import other {@code core} packages, {@code math}, {@code sim}, {@code identity},
 * {@code platforms} and {@code espn} records; never its domain's edge, an {@code api}, {@code bus},
 * {@code app} or {@code http}.
 */
package com.betterbros.props.corr.core;
