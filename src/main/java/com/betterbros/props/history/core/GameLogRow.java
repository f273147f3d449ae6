package com.betterbros.props.history.core;

import java.time.LocalDate;

/**
 * One parsed game-log line: the NBA person id and name as the file has them (either may be null),
 * the team and opponent as canonical codes (null when the file does not say), whether the team was
 * at home (null when unknown), the NBA game id (null when absent), the game date and the box.
 */
public record GameLogRow(long line, String season, String nbaPlayerId, String playerName, String team,
    String opponent, Boolean home, String nbaGameId, LocalDate date, BoxScore box) {}
