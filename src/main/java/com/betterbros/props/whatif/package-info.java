/**
 * What-if scenarios (issue 12): the sensitivity of a slip to its legs, injury and lineup
 * scenarios that re-price the affected props without touching stored data, and saved scenarios.
 * {@code WhatIfService} runs in a worker verticle with its own pool; it asks the optimize service
 * for payouts and slips over the bus, and reads the node's history snapshot, props and production
 * model in process.
 *
 * <p>This package is the domain's edge: the service implementation, the verticle that binds it
 * ({@code *Verticle}), its HTTP routes ({@code *Routes}), its repositories (PostgreSQL and memory,
 * one contract) and its settings record. It may import its own {@code api} and {@code core}, other
 * domains' {@code api} and {@code core}, {@code store}, {@code bus}, {@code config}, {@code math},
 * {@code sim}, and {@code http} (routes only). No other domain imports it; {@code app} wires it.
 */
@ModuleGen(groupPackage = "com.betterbros.props.whatif", name = "whatif")
package com.betterbros.props.whatif;

import io.vertx.codegen.annotations.ModuleGen;
