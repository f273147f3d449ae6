/**
 * Slips: versioned payout tables, slip probabilities under correlated legs, and the economics
 * (EV, P(profit), variance, Kelly, breakevens) of a slip. {@code OptimizeService} serves them from
 * a worker verticle; {@link com.betterbros.props.optimize.PayoutTables},
 * {@link com.betterbros.props.optimize.PayoutTable} and
 * {@link com.betterbros.props.optimize.SlipEconomics} are pure.
 */
@ModuleGen(groupPackage = "com.betterbros.props.optimize", name = "optimize")
package com.betterbros.props.optimize;

import io.vertx.codegen.annotations.ModuleGen;
