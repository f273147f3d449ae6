/**
 * Slips: versioned payout tables, slip probabilities under correlated legs, the economics (EV,
 * P(profit), variance, Kelly, breakevens) of a slip, and the slip optimizer (exact branch and
 * bound, a Jenetics genetic algorithm, greedy) over a board of legs, and slip detection on the open
 * board. {@code OptimizeService} serves them from a worker verticle, pricing prop ids through the
 * model, corr and props service proxies ({@code PropLegs}, {@code BoardCorrelation}, {@code OpenBoard}); {@link com.betterbros.props.optimize.core.PayoutTables},
 * {@link com.betterbros.props.optimize.core.PayoutTable}, {@link com.betterbros.props.optimize.core.SlipEconomics},
 * {@link com.betterbros.props.optimize.core.SlipOptimizer} and the classes it uses are pure (no Vert.x).
 */
@ModuleGen(groupPackage = "com.betterbros.props.optimize", name = "optimize")
package com.betterbros.props.optimize;

import com.betterbros.props.optimize.api.OptimizeService;
import io.vertx.codegen.annotations.ModuleGen;
