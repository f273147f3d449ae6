/**
 * The context domain's contract: what other domains and other JVM services compile against. {@code ContextService} on the bus with its typed requests and replies ({@code InjuryQuery}, {@code TeamContext}, {@code Weather}, ...; entity {@code InjuryView}), and {@code InjuryReader}, the in-process read of injury spells.
 *
 * <p>May import Vert.x (codegen, Future, JSON), {@code bus}, {@code store} types and {@code core}
 * packages; never an implementation (the domain's own package, {@code app}, {@code http}).
 */
package com.betterbros.props.context.api;
