package com.betterbros.props.snapshots;

import com.betterbros.props.http.AuthHandler;
import com.betterbros.props.http.OwnerScope;
import com.betterbros.props.http.Requests;
import com.betterbros.props.snapshots.api.SnapshotListQuery;
import com.betterbros.props.snapshots.api.SnapshotRequest;
import com.betterbros.props.snapshots.api.SnapshotsService;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * HTTP for snapshots: pro tier and above (403), each route one {@link SnapshotsService} call as the
 * caller; an admin lists everyone's with {@code ?all=true} and reads, compares, grades and deletes
 * any user's ({@link OwnerScope}).
 */
public final class SnapshotsRoutes {

  private final SnapshotsService snapshots;

  private SnapshotsRoutes(SnapshotsService snapshots) {
    this.snapshots = snapshots;
  }

  public static void mount(Router router, SnapshotsService snapshots) {
    SnapshotsRoutes routes = new SnapshotsRoutes(snapshots);
    router.post("/snapshots").handler(routes::create);
    router.get("/snapshots").handler(routes::list);
    router.get("/snapshots/compare").handler(routes::compare);
    router.get("/snapshots/:id").handler(routes::get);
    router.delete("/snapshots/:id").handler(routes::delete);
    router.post("/snapshots/:id/grade").handler(routes::grade);
  }

  private void create(RoutingContext ctx) {
    Requests.reply(ctx, 201, snapshots.create(user(ctx), new SnapshotRequest(Requests.jsonBody(ctx))));
  }

  private void list(RoutingContext ctx) {
    Requests.reply(ctx, snapshots.list(OwnerScope.forList(ctx), new SnapshotListQuery(Requests.query(ctx))));
  }

  private void get(RoutingContext ctx) {
    Requests.reply(ctx, snapshots.get(OwnerScope.forItem(ctx), ctx.pathParam("id")));
  }

  private void delete(RoutingContext ctx) {
    snapshots.delete(OwnerScope.forItem(ctx), ctx.pathParam("id")).onComplete(ar -> {
      if (ar.succeeded()) {
        ctx.response().setStatusCode(204).end();
      } else {
        ctx.fail(ar.cause());
      }
    });
  }

  private void compare(RoutingContext ctx) {
    Requests.reply(ctx, snapshots.compare(OwnerScope.forItem(ctx), ctx.queryParams().get("a"), ctx.queryParams().get("b")));
  }

  private void grade(RoutingContext ctx) {
    Requests.reply(ctx, snapshots.grade(OwnerScope.forItem(ctx), ctx.pathParam("id")));
  }

  private static String user(RoutingContext ctx) {
    return AuthHandler.principal(ctx).userId();
  }
}
