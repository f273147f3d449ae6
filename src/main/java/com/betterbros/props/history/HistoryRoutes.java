package com.betterbros.props.history;

import com.betterbros.props.history.api.HistoryService;
import com.betterbros.props.history.api.IdentityRequest;
import com.betterbros.props.history.api.PlayerGamesQuery;
import com.betterbros.props.history.api.PlayerSplitsQuery;
import com.betterbros.props.history.api.SyncRequest;
import com.betterbros.props.history.api.TeamStatsQuery;
import com.betterbros.props.history.api.UnmatchedQuery;
import com.betterbros.props.http.AuthHandler;
import com.betterbros.props.http.HttpProblem;
import com.betterbros.props.http.Requests;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/** HTTP for history: every handler turns the request into one {@link HistoryService} call. */
public final class HistoryRoutes {

  private final HistoryService history;

  private HistoryRoutes(HistoryService history) {
    this.history = history;
  }

  /**
   * Mounts /history. The import route takes files up to {@code maxImportBytes} (gzip recommended);
   * the others use the gateway's general body limit. Shared writes (import, ESPN sync, aliases)
   * need the enterprise tier or the operator role (the tier matrix, access-matrix.yaml).
   */
  public static void mount(Router router, HistoryService history, long maxImportBytes) {
    HistoryRoutes routes = new HistoryRoutes(history);
    router.post("/history/import").handler(HistoryRoutes::rawBody);
    router.post("/history/import")
        .handler(BodyHandler.create(false).setBodyLimit(maxImportBytes))
        .handler(routes::importFile);
    router.post("/history/sync").handler(routes::sync);
    router.get("/history/identities/unmatched").handler(routes::unmatched);
    router.post("/history/identities").handler(routes::addIdentity);
    router.get("/history/players/:id/identities").handler(routes::identities);
    router.get("/history/teams").handler(routes::teams);
    router.get("/history/teams/:id/players").handler(routes::roster);
    router.get("/history/teams/:id/stats").handler(routes::teamStats);
    router.get("/history/players/:id/games").handler(routes::playerGames);
    router.get("/history/players/:id/splits").handler(routes::playerSplits);
    router.get("/history/games/:id").handler(routes::game);
    router.get("/history/matchups").handler(routes::matchups);
  }

  private void importFile(RoutingContext ctx) {
    Buffer body = ctx.body().buffer() == null ? Buffer.buffer() : ctx.body().buffer();
    Requests.reply(ctx, 202, history.importFile(AuthHandler.principal(ctx).userId(),
        ctx.queryParams().get("format"), body));
  }

  private void sync(RoutingContext ctx) {
    Requests.reply(ctx, 202, history.sync(AuthHandler.principal(ctx).userId(),
        new SyncRequest(Requests.jsonBody(ctx))));
  }

  private void unmatched(RoutingContext ctx) {
    Requests.reply(ctx, history.unmatched(new UnmatchedQuery(Requests.query(ctx))));
  }

  private void addIdentity(RoutingContext ctx) {
    Requests.reply(ctx, 201, history.addIdentity(new IdentityRequest(Requests.jsonBody(ctx))));
  }

  private void identities(RoutingContext ctx) {
    Requests.reply(ctx, history.identities(ctx.pathParam("id")));
  }

  /**
   * The import body is the file whatever Content-Type the client sent (curl's --data-binary says
   * form-urlencoded): read it as raw bytes, never as a form.
   */
  private static void rawBody(RoutingContext ctx) {
    ctx.request().headers().set(io.vertx.core.http.HttpHeaders.CONTENT_TYPE, "application/octet-stream");
    ctx.next();
  }

  private void teams(RoutingContext ctx) {
    Requests.reply(ctx, history.teams());
  }

  private void roster(RoutingContext ctx) {
    Requests.reply(ctx, history.roster(ctx.pathParam("id")));
  }

  private void teamStats(RoutingContext ctx) {
    Requests.reply(ctx, history.teamStats(ctx.pathParam("id"), new TeamStatsQuery(Requests.query(ctx))));
  }

  private void playerGames(RoutingContext ctx) {
    Requests.reply(ctx, history.playerGames(ctx.pathParam("id"), new PlayerGamesQuery(Requests.query(ctx))));
  }

  private void playerSplits(RoutingContext ctx) {
    Requests.reply(ctx, history.playerSplits(ctx.pathParam("id"), new PlayerSplitsQuery(Requests.query(ctx))));
  }

  private void game(RoutingContext ctx) {
    Requests.reply(ctx, history.game(ctx.pathParam("id")));
  }

  private void matchups(RoutingContext ctx) {
    String player = ctx.queryParams().get("player_id");
    if (player == null || player.isBlank()) {
      ctx.fail(HttpProblem.badRequest("player_id", "player_id is required"));
      return;
    }
    Requests.reply(ctx, history.matchups(player, ctx.queryParams().get("opponent")));
  }
}
