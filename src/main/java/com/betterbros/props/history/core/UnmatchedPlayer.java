package com.betterbros.props.history.core;

import java.time.Instant;

/**
 * A board player no history player could be tied to: by platform and name key, with the name and
 * team as the board shows them, why ("no_history_match" or "ambiguous: a, b"), and how many props
 * of the latest board named him.
 */
public record UnmatchedPlayer(String source, String nameKey, String name, String team, String reason, int props,
    Instant lastSeen) {}
