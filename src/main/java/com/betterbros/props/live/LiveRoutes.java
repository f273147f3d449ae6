package com.betterbros.props.live;

import com.betterbros.props.auth.Principal;
import com.betterbros.props.http.AuthHandler;
import com.betterbros.props.http.HttpProblem;
import com.betterbros.props.live.api.LiveService;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /ws/edges}: the live edge feed over a WebSocket. The upgrade is authenticated by the
 * gateway (bearer header, or {@code Sec-WebSocket-Protocol: bearer, <token>} from a browser), needs
 * the pro tier, and takes one optional query parameter, {@code since}. Refusals are plain HTTP
 * answers with the error JSON, before any upgrade.
 */
public final class LiveRoutes {

  private final LiveHub hub;

  private LiveRoutes(LiveHub hub) {
    this.hub = hub;
  }

  /** Mounts /ws/edges with this gateway's hub, which follows the feed through {@code bus}. */
  public static void mount(Router router, Vertx vertx, DeliveryOptions bus, LiveConfig config) {
    LiveHub hub = new LiveHub(vertx, LiveService.createProxy(vertx, bus), config);
    hub.start();
    LiveRoutes routes = new LiveRoutes(hub);
    router.get("/ws/edges").handler(routes::upgrade);
  }

  private void upgrade(RoutingContext ctx) {
    Principal principal = AuthHandler.principal(ctx);
    String upgrade = ctx.request().getHeader(HttpHeaders.UPGRADE);
    if (upgrade == null || !upgrade.equalsIgnoreCase("websocket")) {
      ctx.fail(new HttpProblem(400, "bad_request", null, "/ws/edges is a WebSocket endpoint: connect with"
          + " Upgrade: websocket (e.g. new WebSocket(url, [\"bearer\", token]))"));
      return;
    }
    for (String name : ctx.queryParams().names()) {
      if (!name.equals("since")) {
        ctx.fail(HttpProblem.badRequest(name, "unknown query parameter '" + name + "': /ws/edges takes only since"
            + " (never a token: send it in the Authorization header or as the bearer subprotocol)"));
        return;
      }
    }
    Long since = null;
    String raw = ctx.queryParams().get("since");
    if (raw != null) {
      try {
        since = Long.parseLong(raw.trim());
      } catch (NumberFormatException e) {
        since = -1L;
      }
      if (since < 0) {
        ctx.fail(HttpProblem.badRequest("since", "since must be a whole number >= 0 (the seq of the last event"
            + " received), got '" + raw + "'"));
        return;
      }
    }
    if (!hub.admits(principal.userId())) {
      ctx.response().putHeader("Retry-After", "10");
      ctx.fail(new HttpProblem(429, "too_many_requests", null, "at most " + hubLimit()
          + " live feed connections per user on this node; close one first"));
      return;
    }
    Long resume = since;
    ctx.request().toWebSocket()
        .onSuccess(ws -> hub.open(ws, principal.userId(), resume))
        .onFailure(ctx::fail);
  }

  private int hubLimit() {
    return hub.maxConnectionsPerUser();
  }
}
