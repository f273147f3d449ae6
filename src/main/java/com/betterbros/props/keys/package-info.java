/**
 * API keys (issue 13): access keys for scripts and JVM services ({@code Authorization: Bearer
 * bbp_...}, stored only as a peppered SHA-256), and provider credentials sealed with AES-256-GCM
 * under the master key. {@code KeysService} runs in a worker verticle; the gateway asks it about
 * each {@code bbp_} token through {@link com.betterbros.props.keys.KeyPrincipals}.
 *
 * <p>This package is the domain's edge: the service implementation, the verticle that binds it
 * ({@code *Verticle}), its HTTP routes ({@code *Routes}), its repositories (PostgreSQL and memory,
 * one contract) and its settings record. It may import its own {@code api} and {@code core},
 * {@code auth}, {@code store}, {@code bus}, {@code config}, and {@code http} (routes only). No
 * other domain imports it; {@code app} wires it.
 */
@ModuleGen(groupPackage = "com.betterbros.props.keys", name = "keys")
package com.betterbros.props.keys;

import io.vertx.codegen.annotations.ModuleGen;
