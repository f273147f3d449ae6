package com.betterbros.props.http;

import com.betterbros.props.auth.Account;
import com.betterbros.props.auth.AccountLookup;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * Mounted right after {@link AuthHandler}: looks up the caller's account (recording the sighting;
 * see {@link AccountLookup}), puts it under {@link #ACCOUNT_KEY} and continues; a deactivated
 * account ends the request with 403 {@code {"error":"forbidden","message":"this account is
 * deactivated"}}, before the rate limit counts it. With no lookup (null) every caller passes.
 */
public final class AccountHandler implements Handler<RoutingContext> {

  /** The routing-context key of the caller's {@link Account}. */
  public static final String ACCOUNT_KEY = "account";

  private final AccountLookup accounts;

  public AccountHandler(AccountLookup accounts) {
    this.accounts = accounts;
  }

  /** The account this handler stored, or {@link Account#unknown} on a route it did not run for. */
  public static Account account(RoutingContext ctx) {
    Account a = ctx.get(ACCOUNT_KEY);
    return a != null ? a : Account.unknown(AuthHandler.principal(ctx));
  }

  @Override
  public void handle(RoutingContext ctx) {
    if (accounts == null) {
      ctx.next();
      return;
    }
    // the lookup may cross the bus: hold the body until a handler downstream is there to read it
    Future<Account> lookup = accounts.account(AuthHandler.principal(ctx), AuthHandler.viaApiKey(ctx));
    // only a lookup still waiting (the store, the bus) holds the body; a known account answered at once
    boolean held = RequestHold.holdWhilePending(ctx, lookup);
    lookup.onComplete(ar -> {
      if (ctx.response().ended()) {
        RequestHold.release(ctx, held);
      } else if (ar.failed()) {
        RequestHold.release(ctx, held);
        ctx.fail(ar.cause());
      } else if (!ar.result().active()) {
        RequestHold.release(ctx, held);
        ctx.fail(new HttpProblem(403, "forbidden", null, "this account is deactivated"));
      } else {
        ctx.put(ACCOUNT_KEY, ar.result());
        ctx.next();
        RequestHold.release(ctx, held);
      }
    });
  }
}
