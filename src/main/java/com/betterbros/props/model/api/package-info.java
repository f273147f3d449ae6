/**
 * The model domain's contract: what other domains and other JVM services compile against. {@code ModelService} on the bus with its request and reply views ({@code PredictRequest}, {@code PredictionBatch}, {@code ModelStatus}, ...), {@code StoredModel}, and the in-process {@code ModelRegistry} (where experiments register and promote models) and {@code ProductionModel} (the model the node serves).
 *
 * <p>May import Vert.x (codegen, Future, JSON), {@code bus}, {@code store} types and {@code core}
 * packages; never an implementation (the domain's own package, {@code app}, {@code http}).
 */
package com.betterbros.props.model.api;
