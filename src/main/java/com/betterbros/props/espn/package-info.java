/**
 * The ESPN public site API adapter: pure parsers of scoreboards, summaries, rosters, teams and
 * injuries, and a bounded, retrying client ({@code EspnClient}, Vert.x WebClient). The history
 * domain's sync uses it.
 *
 * <p>May import {@code identity}; imports no domain.
 */
package com.betterbros.props.espn;
