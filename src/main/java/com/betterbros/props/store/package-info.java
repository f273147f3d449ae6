/**
 * Storage infrastructure, no domain in it: the PostgreSQL pool and Flyway migrations
 * ({@code PgStore}), SQL helpers, the cache abstraction (in-process or Redis), pages and save counts.
 * The domains' repositories build on it; {@code app.Repositories} assembles them.
 *
 * <p>May import Vert.x and {@code config}; imports no domain, {@code app} or {@code http}.
 */
package com.betterbros.props.store;
