package com.betterbros.props.props.core;

import java.time.Instant;

/** One observed line of a prop; a prop's history is its points in time order. */
public record LinePoint(String propId, double line, Instant observedAt) {}
