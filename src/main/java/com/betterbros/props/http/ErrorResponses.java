package com.betterbros.props.http;

import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.serviceproxy.ServiceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one failure handler: every 4xx/5xx leaves as {"error","message","detail"} JSON. Service
 * failure codes are HTTP statuses; bus timeouts are 504 and missing handlers 503, never a hang.
 * {@code detail} (the exception's class and message) is only sent in dev mode.
 */
public final class ErrorResponses {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

  private final boolean devMode;

  public ErrorResponses(boolean devMode) {
    this.devMode = devMode;
  }

  /** Handles a failed routing context (a thrown/failed Throwable or a bare status code). */
  public void handle(RoutingContext ctx) {
    if (ctx.response().ended() || ctx.response().headWritten()) {
      return;
    }
    Throwable t = ctx.failure();
    int status = ctx.statusCode();
    JsonObject body;
    if (t instanceof ServiceException se && se.failureCode() >= 400 && se.failureCode() < 600) {
      status = se.failureCode();
      JsonObject info = se.getDebugInfo() == null ? new JsonObject() : se.getDebugInfo();
      body = error(info.getString("error", slug(status)), se.getMessage());
      if (info.containsKey("field")) {
        body.put("field", info.getString("field"));
      }
      if (info.getValue("comparison") instanceof JsonObject comparison) {
        body.put("comparison", comparison); // a refused promotion shows both models' scores
      }
    } else if (t instanceof ReplyException re && re.failureType() == ReplyFailure.RECIPIENT_FAILURE
        && re.failureCode() == 403) {
      // the bus guard refused this caller (access-matrix.yaml): the caller's 403, with its sentence
      status = 403;
      body = error("forbidden", re.getMessage());
    } else if (t instanceof ReplyException re) {
      // A recipient failure without an HTTP code is a dependency failing inside the service
      // (database error, a downstream service timing out): the service is unavailable, 503.
      status = re.failureType() == ReplyFailure.TIMEOUT ? 504 : 503;
      body = error(slug(status), switch (re.failureType()) {
        case TIMEOUT -> "the service did not answer in time";
        case NO_HANDLERS -> "the service is not available on the cluster right now";
        default -> "the service could not complete the request: a dependency is failing";
      });
      if (re.failureType() == ReplyFailure.RECIPIENT_FAILURE) {
        LOG.warn("service failure on {} {}: {}", ctx.request().method(), ctx.request().path(), re.getMessage());
      }
    } else if (status >= 400 && status < 600 && t == null) {
      body = error(slug(status), defaultMessage(status));
    } else if (t instanceof HttpProblem p) {
      status = p.status();
      body = error(p.error(), p.getMessage());
      if (p.field() != null) {
        body.put("field", p.field());
      }
    } else {
      status = status >= 400 && status < 600 ? status : 500;
      if (status == 500) {
        LOG.error("unhandled failure on {} {}", ctx.request().method(), ctx.request().path(), t);
      }
      body = error(slug(status), status == 413 ? defaultMessage(413) : status == 500
          ? "internal error" : defaultMessage(status));
    }
    if (devMode && t != null && !(t instanceof ReplyException) && !(t instanceof HttpProblem)) {
      body.put("detail", t.getClass().getSimpleName() + ": " + t.getMessage());
    }
    send(ctx, status, body);
  }

  static JsonObject error(String error, String message) {
    return new JsonObject().put("error", error).put("message", message);
  }

  public static void send(RoutingContext ctx, int status, JsonObject body) {
    if (status == 429 && ctx.response().headers().get("Retry-After") == null) {
      ctx.response().putHeader("Retry-After", "1");
    }
    ctx.response()
        .setStatusCode(status)
        .putHeader("Content-Type", "application/json")
        .end(body.encode());
  }

  static String slug(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 409 -> "conflict";
      case 413 -> "payload_too_large";
      case 415 -> "unsupported_media_type";
      case 422 -> "unprocessable";
      case 429 -> "rate_limited";
      case 502 -> "upstream_failed";
      case 503 -> "service_unavailable";
      case 504 -> "timeout";
      default -> status >= 500 ? "internal_error" : "bad_request";
    };
  }

  static String defaultMessage(int status) {
    return switch (status) {
      case 400 -> "the request is malformed";
      case 401 -> "a valid bearer token is required";
      case 403 -> "your tier does not allow this";
      case 404 -> "no such resource";
      case 405 -> "this method is not allowed on this path";
      case 413 -> "the request body is too large";
      case 415 -> "unsupported content type";
      default -> "the request failed";
    };
  }
}
