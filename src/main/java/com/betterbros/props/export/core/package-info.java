/**
 * The export domain's core, plain Java (no Vert.x): tables (columns with cell types) written as CSV
 * in chunks (RFC 4180, Apache Commons CSV) or as a streamed XLSX workbook (Apache POI SXSSF: a
 * window of rows in memory, the rest flushed to disk).
 *
 * <p>May import other {@code core} packages and {@code math}; never its domain's edge, an
 * {@code api}, {@code bus}, {@code app} or {@code http}.
 */
package com.betterbros.props.export.core;
