/**
 * The keys domain's core, plain Java (no Vert.x): access keys and their peppered hash
 * ({@link com.betterbros.props.keys.core.AccessKeys}), their scopes, and AES-256-GCM sealing of
 * provider credentials ({@link com.betterbros.props.keys.core.SecretBox}).
 *
 * <p>May import other {@code core} packages and {@code math}; never its domain's edge, an
 * {@code api}, {@code bus}, {@code app} or {@code http}.
 */
package com.betterbros.props.keys.core;
