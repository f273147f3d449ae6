/**
 * The users domain's core, plain Java (no Vert.x): the stored {@link com.betterbros.props.users.core.User}
 * and the rule of a later sighting ({@code seenAgain}: a signed-in token's tier and email replace
 * the stored ones, last_seen only moves forward, active never changes).
 *
 * <p>May import other {@code core} packages and {@code math}; never its domain's edge, an
 * {@code api}, {@code bus}, {@code app} or {@code http}.
 */
package com.betterbros.props.users.core;
