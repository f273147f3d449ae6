/**
 * The rate-limit algorithm, pure: GCRA ({@code Gcra}), its bounded in-memory form
 * ({@code LocalLimiter}) and the route-group table ({@code RouteGroups}). No Vert.x.
 */
package com.betterbros.props.ratelimit.core;
