package com.betterbros.props.keys;

import com.betterbros.props.auth.Principal;
import com.betterbros.props.http.AuthHandler;
import com.betterbros.props.http.HttpProblem;
import com.betterbros.props.http.OwnerScope;
import com.betterbros.props.http.Requests;
import com.betterbros.props.keys.api.KeyDraft;
import com.betterbros.props.keys.api.KeysService;
import com.betterbros.props.keys.api.ProviderDraft;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;

/**
 * HTTP for API keys: every /keys route needs a JWT, not an access key (403: a leaked key can
 * neither mint keys nor see credentials); the tiers (pro, rotating the master key enterprise) are
 * the tier matrix's. Each route is then one {@link KeysService} call with the caller's id, or null
 * for an admin ({@link OwnerScope}: {@code ?all=true} lists every user's keys or credentials, and
 * an admin revokes or deletes any user's).
 */
public final class KeysRoutes {

  private final KeysService keys;

  private KeysRoutes(KeysService keys) {
    this.keys = keys;
  }

  public static void mount(Router router, KeysService keys) {
    KeysRoutes routes = new KeysRoutes(keys);
    router.routeWithRegex("^/keys(/.*)?$").handler(KeysRoutes::jwtOnly);
    router.post("/keys").handler(routes::create);
    router.get("/keys").handler(ctx -> Requests.reply(ctx, keys.list(OwnerScope.forList(ctx))));
    router.delete("/keys/:id").handler(ctx -> noContent(ctx, keys.revoke(OwnerScope.forItem(ctx), ctx.pathParam("id"))));
    router.post("/keys/providers").handler(ctx -> Requests.reply(ctx, 201,
        keys.storeProvider(user(ctx), new ProviderDraft(Requests.jsonBody(ctx)))));
    router.get("/keys/providers").handler(ctx -> Requests.reply(ctx, keys.listProviders(OwnerScope.forList(ctx))));
    router.delete("/keys/providers/:id").handler(ctx -> noContent(ctx,
        keys.deleteProvider(OwnerScope.forItem(ctx), ctx.pathParam("id"))));
    router.post("/keys/rotate-master").handler(routes::rotate);
  }

  private void create(RoutingContext ctx) {
    Principal p = AuthHandler.principal(ctx);
    Requests.reply(ctx, 201, keys.create(p.userId(), p.tier().name().toLowerCase(Locale.ROOT),
        new KeyDraft(Requests.jsonBody(ctx))));
  }

  private void rotate(RoutingContext ctx) {
    Requests.reply(ctx, keys.rotateMaster());
  }

  private static void noContent(RoutingContext ctx, Future<Void> done) {
    done.onComplete(ar -> {
      if (ar.succeeded()) {
        ctx.response().setStatusCode(204).end();
      } else {
        ctx.fail(ar.cause());
      }
    });
  }

  private static String user(RoutingContext ctx) {
    return AuthHandler.principal(ctx).userId();
  }

  private static void jwtOnly(RoutingContext ctx) {
    if (AuthHandler.viaApiKey(ctx)) {
      ctx.fail(new HttpProblem(403, "forbidden", null, "/keys needs a signed-in user's token, not an API key"));
    } else {
      ctx.next();
    }
  }
}
