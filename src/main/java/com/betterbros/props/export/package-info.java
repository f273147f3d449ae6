/**
 * Export: the engine's data as files — props, predictions, a snapshot, calibration tables — as
 * JSON, CSV (RFC 4180) or XLSX, streamed over HTTP (the bus carries no streams; the data itself is
 * on the bus through the owning domains' services).
 *
 * <p>This package is the domain's edge: its HTTP routes ({@code *Routes}), the row sources that read
 * the owning services page by page, the streaming writer and its settings record. It may import its
 * own {@code core}, other domains' {@code api} and {@code core}, {@code bus}, {@code config}, and
 * {@code http} (routes only). No other domain imports it; {@code app} wires it.
 */
package com.betterbros.props.export;
