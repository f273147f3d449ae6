/**
 * The features domain's contract: what other domains and other JVM services compile against. {@code FeaturesService} on the bus with its request and reply views ({@code FeatureQuery}, {@code FeatureBatchRequest}, {@code Features}, {@code FeatureBatch}), and {@code SnapshotSource}, the node's shared history snapshot in-process.
 *
 * <p>May import Vert.x (codegen, Future, JSON), {@code bus}, {@code store} types and {@code core}
 * packages; never an implementation (the domain's own package, {@code app}, {@code http}).
 */
package com.betterbros.props.features.api;
