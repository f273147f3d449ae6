/**
 * Reading configuration: typed, validated values of one YAML section
 * ({@link com.betterbros.props.config.ConfigValues}, plain maps, no Vert.x type), the BB_*
 * variables and the key each overrides ({@link com.betterbros.props.config.EnvOverrides}), and the
 * error that names a bad key and its variable. Each domain's settings record reads its own
 * section with it.
 *
 * <p>Imports no domain.
 */
package com.betterbros.props.config;
