package com.betterbros.props.history;

import com.betterbros.props.http.Requests;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** HTTP for history: every handler turns the request into one {@link HistoryService} call. */
public final class HistoryRoutes {

  private final HistoryService history;

  private HistoryRoutes(HistoryService history) {
    this.history = history;
  }

  public static void mount(Router router, HistoryService history) {
    HistoryRoutes routes = new HistoryRoutes(history);
    router.get("/history/teams").handler(routes::teams);
    router.get("/history/teams/:id/players").handler(routes::roster);
    router.get("/history/teams/:id/stats").handler(routes::teamStats);
    router.get("/history/players/:id/games").handler(routes::playerGames);
    router.get("/history/players/:id/splits").handler(routes::playerSplits);
    router.get("/history/games/:id").handler(routes::game);
    router.get("/history/matchups").handler(routes::matchups);
  }

  private void teams(RoutingContext ctx) {
    Requests.reply(ctx, history.teams());
  }

  private void roster(RoutingContext ctx) {
    Requests.reply(ctx, history.roster(ctx.pathParam("id")));
  }

  private void teamStats(RoutingContext ctx) {
    Requests.reply(ctx, history.teamStats(ctx.pathParam("id"), Requests.query(ctx)));
  }

  private void playerGames(RoutingContext ctx) {
    Requests.reply(ctx, history.playerGames(ctx.pathParam("id"), Requests.query(ctx)));
  }

  private void playerSplits(RoutingContext ctx) {
    Requests.reply(ctx, history.playerSplits(ctx.pathParam("id"), Requests.query(ctx)));
  }

  private void game(RoutingContext ctx) {
    Requests.reply(ctx, history.game(ctx.pathParam("id")));
  }

  private void matchups(RoutingContext ctx) {
    String player = ctx.queryParams().get("player_id");
    if (player == null || player.isBlank()) {
      ctx.fail(com.betterbros.props.http.HttpProblem.badRequest("player_id", "player_id is required"));
      return;
    }
    Requests.reply(ctx, history.matchups(player, ctx.queryParams().get("opponent")));
  }
}
