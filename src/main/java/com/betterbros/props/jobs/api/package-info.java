/**
 * The jobs domain's contract: what other domains and other JVM services compile against. {@code JobsService} on the bus with {@code JobView}, {@code JobPage} and {@code JobQuery}.
 *
 * <p>May import Vert.x (codegen, Future, JSON), {@code bus}, {@code store} types and {@code core}
 * packages; never an implementation (the domain's own package, {@code app}, {@code http}).
 */
package com.betterbros.props.jobs.api;
