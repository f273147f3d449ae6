/**
 * The features domain's contract: what other domains and other JVM services compile against. {@code FeaturesService} on the bus, and {@code SnapshotSource}, the node's shared history snapshot in-process.
 *
 * <p>May import Vert.x (codegen, Future, JSON), {@code bus}, {@code store} types and {@code core}
 * packages; never an implementation (the domain's own package, {@code app}, {@code http}).
 */
package com.betterbros.props.features.api;
