/**
 * Slips: versioned payout tables, slip probabilities under correlated legs, the economics (EV,
 * P(profit), variance, Kelly, breakevens) of a slip, and the slip optimizer (exact branch and
 * bound, a Jenetics genetic algorithm, greedy) over a board of legs, and slip detection on the open
 * board. {@code OptimizeService} serves them from a worker verticle, pricing prop ids through the
 * model, corr and props service proxies ({@code PropLegs}, {@code BoardCorrelation}, {@code OpenBoard}); {@link com.betterbros.props.optimize.core.PayoutTables},
 * {@link com.betterbros.props.optimize.core.PayoutTable}, {@link com.betterbros.props.optimize.core.SlipEconomics},
 * {@link com.betterbros.props.optimize.core.SlipOptimizer} and the classes it uses are pure (no Vert.x).
 *
 * <p>This package is the domain's edge: the service implementation, the verticle that binds it
 * ({@code *Verticle}), its HTTP routes ({@code *Routes}), its repositories (PostgreSQL and memory,
 * one contract) and its settings record. It may import its own {@code api} and {@code core}, other
 * domains' {@code api} and {@code core}, {@code store}, {@code bus}, {@code config}, {@code math},
 * {@code sim}, and {@code http} (routes only). No other domain imports it; {@code app} wires it.
 */
@ModuleGen(groupPackage = "com.betterbros.props.optimize", name = "optimize")
package com.betterbros.props.optimize;

import com.betterbros.props.optimize.api.OptimizeService;
import io.vertx.codegen.annotations.ModuleGen;
