/**
 * The HTTP gateway: router assembly, authentication ({@code AuthHandler}), CORS, body limits,
 * request logging, the error JSON ({@code HttpProblem}, {@code ErrorResponses}), request helpers
 * ({@code Requests}), health, metrics and the API docs. It knows no domain: {@code app} hands it
 * each domain's {@link com.betterbros.props.http.RouteMount}.
 *
 * <p>May import vertx-web, {@code auth}, {@code bus}, {@code config}. Used only by {@code app} and by
 * the domains' {@code *Routes}.
 */
package com.betterbros.props.http;
