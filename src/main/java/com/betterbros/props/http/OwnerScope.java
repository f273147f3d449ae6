package com.betterbros.props.http;

import com.betterbros.props.auth.Principal;
import io.vertx.ext.web.RoutingContext;

/**
 * Whose resources a request on an owned resource (experiments, jobs, snapshots, backtests, saved
 * scenarios, keys, provider credentials) may reach. The answer is the {@code userId} the route
 * passes to the service: the caller's own id, or null, which on the bus means "any owner"
 * (docs/EVENT-BUS.md). Only an admin (the role claim {@code admin}, never a tier, never an access
 * key) gets null:
 * <ul>
 *   <li>on a list route, when asking {@code ?all=true} — without it an admin lists their own;</li>
 *   <li>on a by-id route (get, delete, promote, grade, run...), always: an admin may act on any
 *       user's item, and anyone else gets 404 for an item that is not theirs.</li>
 * </ul>
 */
public final class OwnerScope {

  /** The list routes' query parameter. */
  public static final String ALL = "all";

  private OwnerScope() {}

  /**
   * The owner a list route asks for: null (everyone's) for an admin's {@code ?all=true}, else the
   * caller's id. Throws a 400 {@link HttpProblem} naming {@code all} when its value is not
   * {@code true} or {@code false}, and a 403 naming it when a caller who is not an admin sends
   * {@code all=true}.
   */
  public static String forList(RoutingContext ctx) {
    Principal caller = AuthHandler.principal(ctx);
    String all = ctx.queryParams().get(ALL);
    if (all == null || all.equals("false")) {
      return caller.userId();
    }
    if (!all.equals("true")) {
      throw HttpProblem.badRequest(ALL, "all must be true or false, got '" + abbreviated(all) + "'");
    }
    if (!caller.admin()) {
      throw new HttpProblem(403, "forbidden", ALL,
          "all=true lists every user's items: it needs the admin role; leave all out to list yours");
    }
    return null;
  }

  /** The owner a by-id route acts for: null (any owner) for an admin, else the caller's id. */
  public static String forItem(RoutingContext ctx) {
    Principal caller = AuthHandler.principal(ctx);
    return caller.admin() ? null : caller.userId();
  }

  private static String abbreviated(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "...";
  }
}
