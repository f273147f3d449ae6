package com.betterbros.props.corr.core;

import java.time.LocalDate;

/** A leg as the correlation estimator sees it: who, which stat, which game, and the side picked. */
public record LegRef(String id, String playerId, String team, String statType, String gameId, LocalDate date,
    boolean over) {}
