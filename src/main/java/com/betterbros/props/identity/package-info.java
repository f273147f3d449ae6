/**
 * The identity rules every source shares, pure (no Vert.x): player name keys with known
 * alternative names, NBA team codes with their aliases, canonical game ids and US/Eastern dates.
 * The data files are under {@code src/main/resources/identity/}.
 */
package com.betterbros.props.identity;
