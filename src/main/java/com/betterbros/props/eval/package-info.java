/**
 * Eval: the engine's track record — calibration of a model on the games after its training,
 * overall and by segment (later: backtests of betting strategies and live tracking).
 *
 * <p>This package is the domain's edge: the service implementation, the verticle that binds it
 * ({@code *Verticle}), its HTTP routes ({@code *Routes}) and its settings record. It may import its
 * own {@code api} and {@code core}, other domains' {@code api} and {@code core}, {@code store},
 * {@code bus}, {@code config}, {@code math}, and {@code http} (routes only). No other domain imports
 * it; {@code app} wires it.
 */
@ModuleGen(groupPackage = "com.betterbros.props.eval", name = "eval")
package com.betterbros.props.eval;

import io.vertx.codegen.annotations.ModuleGen;
