/**
 * Users (issue 13): one row per token subject, created on first sight of a valid token, with the
 * last tier and email seen and an active flag only an admin changes. {@code UsersService} runs on
 * an event loop; every gateway checks each caller through {@link com.betterbros.props.users.UserAccounts}
 * (a bounded per-node cache in front of the service) and refuses a deactivated user with 403.
 *
 * <p>This package is the domain's edge: the service implementation, the verticle that binds it
 * ({@code *Verticle}), its HTTP routes ({@code *Routes}, the admin surface), its repositories
 * (PostgreSQL and memory, one contract), the gateway's cache and its settings record. It may
 * import its own {@code api} and {@code core}, {@code auth}, {@code store}, {@code bus},
 * {@code config}, and {@code http} (routes only). No other domain imports it; {@code app} wires it.
 */
@ModuleGen(groupPackage = "com.betterbros.props.users", name = "users")
package com.betterbros.props.users;

import io.vertx.codegen.annotations.ModuleGen;
