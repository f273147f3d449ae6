/**
 * Bearer tokens: HS256 and JWKS verification with the traps of vertx-auth-jwt closed (exp
 * required, no unsigned tokens, iss/aud checked, key rotation), the principal and its tier, and
 * minting dev/hs256 tokens. The HTTP handler that applies it is {@code http.AuthHandler}.
 *
 * <p>Imports no domain.
 */
package com.betterbros.props.auth;
