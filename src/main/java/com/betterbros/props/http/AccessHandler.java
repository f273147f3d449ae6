package com.betterbros.props.http;

import com.betterbros.props.access.BusAccess;
import com.betterbros.props.access.core.AccessCheck;
import com.betterbros.props.access.core.AccessMatrix;
import com.betterbros.props.access.core.AccessRule;
import com.betterbros.props.access.core.Caller;
import com.betterbros.props.auth.Principal;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * The one tier gate of the HTTP API, mounted once right after the {@link AuthHandler}: the request
 * is matched to its openapi.yaml operation (as {@link QueryParameterGuard} matches it) and the
 * matrix's rule for that operation decides; a caller below it gets 403 JSON naming the operation
 * and what it needs. The verified caller is then bound to the request's context, so every bus
 * message sent while serving it carries that caller's bus token ({@link BusAccess}). Requests no
 * operation describes pass on (the router answers 404 or 405).
 */
final class AccessHandler implements Handler<RoutingContext> {

  private final QueryParameterGuard operations;
  private final AccessMatrix matrix;
  /** Each operation's matrix key, built once. */
  private final java.util.Map<QueryParameterGuard.Operation, String> keys = new java.util.IdentityHashMap<>();

  AccessHandler(QueryParameterGuard operations, AccessMatrix matrix) {
    this.operations = operations;
    this.matrix = matrix;
    for (QueryParameterGuard.Operation op : operations.operations()) {
      if (matrix.route(key(op)) == null) {
        throw new IllegalStateException("access-matrix.yaml has no row for " + key(op));
      }
      keys.put(op, key(op));
    }
  }

  @Override
  public void handle(RoutingContext ctx) {
    Principal principal = AuthHandler.principal(ctx);
    Caller caller = Caller.user(principal.userId(), principal.tier(), principal.operator(), principal.admin());
    QueryParameterGuard.Operation op = operations.matched(ctx);
    String key = op == null ? null : keys.get(op);
    AccessRule rule = key == null ? null : matrix.route(key);
    String denied = rule == null ? null : AccessCheck.denial(rule.min(), caller, key);
    if (denied != null) {
      ctx.fail(new HttpProblem(403, "forbidden", null, denied));
      return;
    }
    BusAccess.bind(ctx.vertx().getOrCreateContext(), caller);
    ctx.next();
  }

  /** The matrix key of an operation: {@code "GET /experiments/{id}"}. */
  static String key(QueryParameterGuard.Operation op) {
    return op.method().name() + " " + op.template();
  }
}
