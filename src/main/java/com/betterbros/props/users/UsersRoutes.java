package com.betterbros.props.users;

import com.betterbros.props.http.HttpProblem;
import com.betterbros.props.http.Requests;
import com.betterbros.props.users.api.UserQuery;
import com.betterbros.props.users.api.UsersService;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * HTTP for users, the admin surface: every {@code /admin/users} route needs the admin role claim
 * (not a tier; 403 otherwise). List, read one, and activate or deactivate one with
 * {@code PATCH {"active": bool}}.
 */
public final class UsersRoutes {

  private final UsersService users;

  private UsersRoutes(UsersService users) {
    this.users = users;
  }

  public static void mount(Router router, UsersService users) {
    UsersRoutes routes = new UsersRoutes(users);
    router.get("/admin/users").handler(ctx -> Requests.reply(ctx, users.list(new UserQuery(Requests.query(ctx)))));
    router.get("/admin/users/:id").handler(ctx -> Requests.reply(ctx, users.get(ctx.pathParam("id"))));
    router.patch("/admin/users/:id").handler(routes::patch);
  }

  private void patch(RoutingContext ctx) {
    Requests.reply(ctx, users.setActive(ctx.pathParam("id"), active(Requests.jsonBody(ctx))));
  }

  /** The body's {@code active}: the only field, a JSON boolean; anything else is a 400 naming it. */
  static boolean active(JsonObject body) {
    for (String field : body.fieldNames()) {
      if (!field.equals("active")) {
        throw HttpProblem.badRequest(field, "unknown field '" + field + "': the body is {\"active\": true|false}");
      }
    }
    Object active = body.getValue("active");
    if (!(active instanceof Boolean b)) {
      throw HttpProblem.badRequest("active", active == null ? "active is required: {\"active\": true|false}"
          : "active must be a JSON boolean (true or false)");
    }
    return b;
  }
}
