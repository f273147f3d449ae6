/**
 * The props domain's contract: what other domains and other JVM services compile against. {@code PropsService} on the bus (typed replies: {@code PropView}, ...), and {@code PropReader}, the in-process read of stored props.
 *
 * <p>May import Vert.x (codegen, Future, JSON), {@code bus}, {@code store} types and {@code core}
 * packages; never an implementation (the domain's own package, {@code app}, {@code http}).
 */
package com.betterbros.props.props.api;
