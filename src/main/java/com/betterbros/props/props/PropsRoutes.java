package com.betterbros.props.props;

import com.betterbros.props.http.HttpProblem;
import com.betterbros.props.http.Requests;
import com.betterbros.props.platforms.LenientText;
import com.betterbros.props.props.api.PropFilter;
import com.betterbros.props.props.api.PropsService;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/** HTTP for props: every handler turns the request into one {@link PropsService} call. */
public final class PropsRoutes {

  private final PropsService props;
  private final Vertx vertx;
  private final DeliveryOptions bus;

  private PropsRoutes(PropsService props, Vertx vertx, DeliveryOptions bus) {
    this.props = props;
    this.vertx = vertx;
    this.bus = bus;
  }

  /**
   * Mounts /props. The import route takes raw feeds up to {@code maxImportBytes} (real boards are
   * several MiB); the others use the gateway's general body limit. The listing is answered by this
   * node's props service directly when {@code vertx} runs one ({@link LocalPropListings}), else as
   * JSON bytes over the bus ({@link PropListingBytes}, with {@code bus}'s timeout). Import and refresh change the
   * board every user sees: the tier matrix says shared (enterprise or operator).
   */
  public static void mount(Router router, Vertx vertx, DeliveryOptions bus, PropsService props, long maxImportBytes) {
    PropsRoutes routes = new PropsRoutes(props, vertx, bus);
    router.post("/props/import").handler(PropsRoutes::rawBody);
    router.post("/props/import")
        .handler(BodyHandler.create(false).setBodyLimit(maxImportBytes))
        .handler(routes::importFeed);
    router.post("/props/refresh").handler(routes::refresh);
    router.get("/props").handler(routes::list);
    router.get("/props/:id").handler(routes::get);
  }

  /**
   * The import body is the platform's JSON whatever Content-Type the client sent (curl's
   * --data-binary says form-urlencoded): read it as raw bytes, never as a form.
   */
  private static void rawBody(RoutingContext ctx) {
    ctx.request().headers().set(HttpHeaders.CONTENT_TYPE, "application/json");
    ctx.next();
  }

  private void list(RoutingContext ctx) {
    Future<Buffer> local = LocalPropListings.list(vertx, ctx.request().query(), () -> new PropFilter(Requests.query(ctx)));
    Future<Buffer> bytes = local != null ? local
        : PropListingBytes.request(vertx, new PropFilter(Requests.query(ctx)), bus);
    bytes.onComplete(ar -> {
      if (ar.succeeded()) {
        ctx.response().setStatusCode(200).putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(ar.result());
      } else {
        // a store failure on the local path is a 503 as over the bus, not an internal error
        Throwable t = ar.cause();
        ctx.fail(t instanceof ReplyException || t instanceof HttpProblem ? t
            : new ReplyException(ReplyFailure.RECIPIENT_FAILURE, String.valueOf(t.getMessage())));
      }
    });
  }

  private void get(RoutingContext ctx) {
    Requests.reply(ctx, props.get(ctx.pathParam("id")));
  }

  private void importFeed(RoutingContext ctx) {
    String platform = ctx.queryParams().get("platform");
    byte[] body = ctx.body().buffer() == null ? new byte[0] : ctx.body().buffer().getBytes();
    // Real feeds are not always valid UTF-8: decode leniently instead of failing the import.
    Requests.reply(ctx, props.importFeed(platform, LenientText.decode(body)));
  }

  private void refresh(RoutingContext ctx) {
    Requests.reply(ctx, props.refresh(ctx.queryParams().get("platform")));
  }
}
