package com.betterbros.props.eval.core;

/**
 * One leg of a bet: the prop and side played, the model's probability of that side, the side's
 * payout multiplier and per-leg breakeven, and how it settled (with the stat; null when void).
 */
public record BetLeg(String propId, String playerId, String statType, double line, String side, double p,
    double multiplier, double breakeven, LegOutcome outcome, Double stat) {}
