/**
 * The wiring: {@code Main} and its commands (serve, seed, token, report, import-history), reading
 * the configuration once ({@link com.betterbros.props.app.AppConfig}: the YAML file and BB_*
 * variables, each domain's section handed to that domain's settings record), the node's
 * repositories ({@link com.betterbros.props.app.Repositories}), and deployment as data
 * ({@link com.betterbros.props.app.DomainTable}: role, verticle, worker or not, instances, routes).
 *
 * <p>May import anything; nothing imports it.
 */
package com.betterbros.props.app;
