package com.betterbros.props.espn;

import java.time.LocalDate;

/**
 * One entry of ESPN's league-wide injury report.
 *
 * @param athleteId ESPN's athlete id; null when the feed carries none (neither an id nor a player
 *     link)
 * @param name the player's display name
 * @param teamAbbr ESPN's abbreviation of the team; null when the feed does not say
 * @param status as ESPN writes it: {@code Out}, {@code Day-To-Day}, {@code Questionable}...
 * @param date the US/Eastern date of the report entry; null when absent
 * @param description ESPN's short comment, else its long comment, else the injury type
 */
public record EspnInjury(
    String athleteId,
    String name,
    String teamAbbr,
    String status,
    LocalDate date,
    String description) {}
