/**
 * The live feed's contract: {@code LiveService} on the bus (the board the feed last published,
 * a recompute on demand) with its replies ({@code LiveBoard}, {@code LiveRecompute}). The feed's
 * events themselves are published on {@code live.events.edges} (docs/EVENT-BUS.md).
 *
 * <p>May import Vert.x (codegen, Future, JSON), {@code bus}, {@code store} types and {@code core}
 * packages; never an implementation (the domain's own package, {@code app}, {@code http}).
 */
package com.betterbros.props.live.api;
