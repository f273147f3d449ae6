/**
 * Snapshots: a user's frozen boards — the props of a query with the production model's predictions
 * at one moment, immutable — their comparison and their grade as games finish.
 *
 * <p>This package is the domain's edge: the service implementation, the verticle that binds it
 * ({@code *Verticle}), its HTTP routes ({@code *Routes}), its repositories (PostgreSQL and memory,
 * one contract) and its settings record. It may import its own {@code api} and {@code core}, other
 * domains' {@code api} and {@code core}, {@code store}, {@code bus}, {@code config}, and {@code http}
 * (routes only). No other domain imports it; {@code app} wires it.
 */
@ModuleGen(groupPackage = "com.betterbros.props.snapshots", name = "snapshots")
package com.betterbros.props.snapshots;

import io.vertx.codegen.annotations.ModuleGen;
