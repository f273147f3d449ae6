/**
 * The feed's pure parts, no Vert.x: an {@link com.betterbros.props.live.core.Edge}, a subscriber's
 * {@link com.betterbros.props.live.core.EdgeFilter}, the diff of two boards into events ({@link
 * com.betterbros.props.live.core.BoardDiff}), each subscriber's view of them, the replay ring and
 * the coalescing queue of a slow client.
 */
package com.betterbros.props.live.core;
