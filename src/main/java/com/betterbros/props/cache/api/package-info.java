/**
 * The cache domain's contract: {@code CacheService} on the bus with its reply {@code CacheInvalidation}.
 *
 * <p>May import Vert.x (codegen, Future, JSON), {@code bus}, {@code store} types and {@code core}
 * packages; never an implementation (the domain's own package, {@code app}, {@code http}).
 */
package com.betterbros.props.cache.api;
