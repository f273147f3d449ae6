/**
 * The corr domain's contract: what other domains and other JVM services compile against. {@code CorrService} on the bus with its request and reply views ({@code CorrMatrixQuery}, {@code CorrMatrix}, {@code CorrRelatedQuery}, {@code CorrRelated}).
 *
 * <p>May import Vert.x (codegen, Future, JSON), {@code bus}, {@code store} types and {@code core}
 * packages; never an implementation (the domain's own package, {@code app}, {@code http}).
 */
package com.betterbros.props.corr.api;
