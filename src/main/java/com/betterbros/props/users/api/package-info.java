/**
 * The users domain's contract: {@code UsersService} on the bus with its request
 * ({@code UserSighting}, {@code UserQuery}) and replies ({@code UserAccount}, {@code UserPage}).
 *
 * <p>May import Vert.x (codegen, Future, JSON), {@code bus}, {@code store} types and {@code core}
 * packages; never an implementation (the domain's own package, {@code app}, {@code http}).
 */
package com.betterbros.props.users.api;
