/**
 * Rate limits: per user and route group, per tier ({@code RateLimitConfig}), counted cluster-wide
 * in Redis by one atomic Lua script, or in the node's memory without Redis and while Redis is down
 * ({@code RateLimiter}). The gateway's {@code http.RateLimitHandler} applies them.
 *
 * <p>May import Vert.x (the Redis client), {@code auth} (tiers) and {@code config}; no domain.
 */
package com.betterbros.props.ratelimit;
