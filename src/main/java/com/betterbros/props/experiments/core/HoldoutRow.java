package com.betterbros.props.experiments.core;

import java.time.LocalDate;

/** One holdout prediction of an experiment: enough to recompute its metrics independently. */
public record HoldoutRow(
    String propId,
    String playerId,
    String statType,
    LocalDate gameDate,
    double line,
    double pOver,
    int outcome,
    Double pTrue) {}
