package com.betterbros.props.snapshots.core;

/** How one item of a snapshot settled: its outcome and, for a final game, the player's stat (else null). */
public record GradedLeg(String propId, Outcome outcome, Double stat) {}
