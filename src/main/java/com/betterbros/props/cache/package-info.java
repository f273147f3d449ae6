/**
 * Operator cache invalidation (issue 13): {@code POST /admin/cache/invalidate {domain}} drops a
 * domain's cached answers in Redis and in every node's in-process cache, for when the data behind
 * a cache changed outside the service (a database fixed by hand, a bad cached reply).
 *
 * <p>This package is the domain's edge: the service implementation, the verticle that binds it
 * and listens to the invalidation event ({@code *Verticle}), and its HTTP routes ({@code *Routes}).
 * It may import its own {@code api}, {@code store}, {@code bus} and {@code http} (routes only). No
 * other domain imports it; {@code app} wires it on every node that holds a cache.
 */
@ModuleGen(groupPackage = "com.betterbros.props.cache", name = "cache")
package com.betterbros.props.cache;

import io.vertx.codegen.annotations.ModuleGen;
