/**
 * The live edge feed: {@code GET /ws/edges} on every gateway ({@code LiveRoutes}, {@code LiveHub},
 * one {@code EdgeSession} per socket) and one computation per board change for the whole cluster
 * ({@code LiveFeedVerticle}, a worker on the live role, and {@code LiveServiceImpl}).
 *
 * <p>This package is the domain's edge: the service implementation, the verticle that binds it,
 * its HTTP route and its settings record. It may import its own {@code api} and {@code core}, other
 * domains' {@code api} and {@code core}, {@code bus}, {@code config}, {@code auth} and {@code http}
 * (routes only). No other domain imports it; {@code app} wires it.
 */
@ModuleGen(groupPackage = "com.betterbros.props.live", name = "live")
package com.betterbros.props.live;

import io.vertx.codegen.annotations.ModuleGen;
