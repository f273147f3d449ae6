/**
 * The snapshots domain's core, plain Java (no Vert.x): a frozen board and its items, the comparison
 * of two snapshots prop by prop, and the grade of a snapshot against outcomes (Brier, hit rate and
 * ROI of the recommended legs, with the push and void rules).
 *
 * <p>May import other {@code core} packages and {@code math}; never its domain's edge, an
 * {@code api}, {@code bus}, {@code app} or {@code http}.
 */
package com.betterbros.props.snapshots.core;
