/**
 * The experiments domain's contract: what other domains and other JVM services compile against. {@code ExperimentsService} on the bus and its request and reply views ({@code ExperimentRequest}, {@code ExperimentView}, {@code ExperimentList}, {@code HoldoutPage}, {@code Promotion}, ...).
 *
 * <p>May import Vert.x (codegen, Future, JSON), {@code bus}, {@code store} types and {@code core}
 * packages; never an implementation (the domain's own package, {@code app}, {@code http}).
 */
package com.betterbros.props.experiments.api;
