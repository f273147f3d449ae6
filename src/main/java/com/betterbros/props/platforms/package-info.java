/**
 * Platform boards (PrizePicks, Underdog): pure parsers of their JSON into props, the stat
 * catalogue, lenient text decoding, and the platforms' settings record. No Vert.x.
 *
 * <p>May import {@code props.core} and {@code config}.
 */
package com.betterbros.props.platforms;
