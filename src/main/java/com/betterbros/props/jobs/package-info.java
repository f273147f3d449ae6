/**
 * Jobs: one resource for every long task (imports, syncs), owned by the user who started it.
 *
 * <p>This package is the domain's edge: the service implementation, the verticle that binds it
 * ({@code *Verticle}), its HTTP routes ({@code *Routes}), its repositories (PostgreSQL and memory,
 * one contract) and its settings record. It may import its own {@code api} and {@code core}, other
 * domains' {@code api} and {@code core}, {@code store}, {@code bus}, {@code config}, {@code math},
 * {@code sim}, and {@code http} (routes only). No other domain imports it; {@code app} wires it.
 */
@ModuleGen(groupPackage = "com.betterbros.props.jobs", name = "jobs")
package com.betterbros.props.jobs;

import io.vertx.codegen.annotations.ModuleGen;
