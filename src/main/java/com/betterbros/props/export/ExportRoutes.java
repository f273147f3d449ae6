package com.betterbros.props.export;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.bus.QueryParams;
import com.betterbros.props.eval.api.CalibrationQuery;
import com.betterbros.props.eval.api.EvalService;
import com.betterbros.props.http.AuthHandler;
import com.betterbros.props.http.OwnerScope;
import com.betterbros.props.http.Requests;
import com.betterbros.props.model.api.ModelService;
import com.betterbros.props.optimize.api.OptimizeService;
import com.betterbros.props.props.api.PropsService;
import com.betterbros.props.snapshots.api.SnapshotsService;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.util.List;

/**
 * HTTP exports, pro tier and above (403): {@code GET /export/{resource}?format=json|csv|xlsx} for
 * props, predictions, a snapshot, a backtest's bets and calibration tables, streamed ({@link
 * ExportStream}). The data comes from the owning domains' services on the bus, as the caller
 * (their own snapshots and backtests only, any user's for an admin: {@link OwnerScope}); the files
 * are HTTP only, since the bus carries no streams.
 */
public final class ExportRoutes {

  private final PropsService props;
  private final ModelService model;
  private final SnapshotsService snapshots;
  private final EvalService eval;
  private final Services services;
  private final ExportConfig config;
  private final ExportStream stream;

  private ExportRoutes(Vertx vertx, Services services, ExportConfig config) {
    this.props = services.props();
    this.model = services.model();
    this.snapshots = services.snapshots();
    this.eval = services.eval();
    this.services = services;
    this.config = config;
    this.stream = new ExportStream(vertx, vertx.createSharedWorkerExecutor("export-xlsx", config.xlsxThreads()));
  }

  /** The services an export reads from (proxies, with the bus timeout). */
  public record Services(PropsService props, ModelService model, SnapshotsService snapshots, EvalService eval,
      OptimizeService optimize) {}

  public static void mount(Router router, Vertx vertx, Services services, ExportConfig config) {
    ExportRoutes routes = new ExportRoutes(vertx, services, config);
    router.get("/export/props").handler(routes::props);
    router.get("/export/predictions").handler(routes::predictions);
    router.get("/export/snapshots/:id").handler(routes::snapshot);
    router.get("/export/calibration").handler(routes::calibration);
    router.get("/export/backtests/:id/bets").handler(routes::bets);
    router.get("/export/daily-report").handler(routes::dailyReport);
  }

  private void dailyReport(RoutingContext ctx) {
    LocalDate date;
    ExportFormat format;
    try {
      date = new QueryParams(Requests.query(ctx)).date("date");
      if (date == null) {
        throw Failures.badRequest("date", "date is required (YYYY-MM-DD): the game date the report is of");
      }
      format = ExportFormat.parse(ctx.queryParams().get("format"));
      if (format == ExportFormat.CSV) {
        throw Failures.badRequest("format", "the daily report has several parts: format must be json or xlsx");
      }
    } catch (RuntimeException e) {
      ctx.fail(e);
      return;
    }
    new DailyReport(services).build(user(ctx), date, config.maxRows()).onComplete(ar -> {
      if (ar.failed()) {
        ctx.fail(ar.cause());
      } else if (format == ExportFormat.JSON) {
        ctx.response().putHeader("Content-Type", "application/json")
            .putHeader("Content-Disposition", "attachment; filename=\"daily-report-" + date + ".json\"")
            .end(ar.result().encode());
      } else {
        stream.workbook(ctx.response(), List.of(DailyReport.EDGES, DailyReport.SLIPS, DailyReport.YESTERDAY,
            ReportRows.CALIBRATION), List.of(DailyReport.sheets(ar.result())), "daily-report-" + date, ctx::fail);
      }
    });
  }

  private void bets(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    send(ctx, new BetRows(eval, OwnerScope.forItem(ctx), id, config.maxRows()), "backtest-" + id + "-bets");
  }

  private void props(RoutingContext ctx) {
    send(ctx, new PropRows(props, Requests.query(ctx), config.maxRows()), "props");
  }

  private void predictions(RoutingContext ctx) {
    send(ctx, new PredictionRows(new PropRows(props, Requests.query(ctx), config.maxRows()), model), "predictions");
  }

  private void snapshot(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    send(ctx, new OncePerExport(ReportRows.SNAPSHOT,
        () -> snapshots.get(OwnerScope.forItem(ctx), id).map(ReportRows::snapshot)), "snapshot-" + id);
  }

  private void calibration(RoutingContext ctx) {
    JsonObject query = Requests.query(ctx);
    query.remove("format");
    send(ctx, new OncePerExport(ReportRows.CALIBRATION,
        () -> eval.calibration(user(ctx), new CalibrationQuery(query)).map(ReportRows::calibration)), "calibration");
  }

  private void send(RoutingContext ctx, RowSource source, String basename) {
    ExportFormat format;
    try {
      format = ExportFormat.parse(ctx.queryParams().get("format"));
    } catch (RuntimeException e) {
      ctx.fail(e);
      return;
    }
    stream.send(ctx.response(), source, format, basename, ctx::fail);
  }

  private static String user(RoutingContext ctx) {
    return AuthHandler.principal(ctx).userId();
  }
}
