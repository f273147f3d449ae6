package com.betterbros.props.bus;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceException;

/**
 * The failures a domain service replies with. The failure code is the HTTP status the gateway
 * answers with, and {@code debugInfo} carries the error slug and the offending field, so no stack
 * trace ever crosses the bus.
 */
public final class Failures {

  public static final int BAD_REQUEST = 400;
  public static final int NOT_FOUND = 404;
  public static final int CONFLICT = 409;
  public static final int UNPROCESSABLE = 422;
  public static final int TOO_MANY = 429;
  public static final int BAD_GATEWAY = 502;
  public static final int UNAVAILABLE = 503;
  public static final int GATEWAY_TIMEOUT = 504;

  private Failures() {}

  /** 400 naming the bad field. */
  public static ServiceException badRequest(String field, String message) {
    return new ServiceException(BAD_REQUEST, message,
        new JsonObject().put("error", "bad_request").put("field", field));
  }

  /** 429: a bounded queue is full; retry later. */
  public static ServiceException tooMany(String message) {
    return new ServiceException(TOO_MANY, message, new JsonObject().put("error", "rate_limited"));
  }

  /** 413: the body (or what it decodes to) is over a limit. */
  public static ServiceException tooLarge(String field, String message) {
    return new ServiceException(413, message,
        new JsonObject().put("error", "payload_too_large").put("field", field));
  }

  public static ServiceException notFound(String message) {
    return new ServiceException(NOT_FOUND, message, new JsonObject().put("error", "not_found"));
  }

  public static ServiceException unprocessable(String field, String message) {
    return new ServiceException(UNPROCESSABLE, message,
        new JsonObject().put("error", "unprocessable").put("field", field));
  }

  /** An upstream (platform, weather provider) failed or answered badly. */
  public static ServiceException upstream(String message) {
    return new ServiceException(BAD_GATEWAY, message, new JsonObject().put("error", "upstream_failed"));
  }

  public static ServiceException unavailable(String message) {
    return new ServiceException(UNAVAILABLE, message, new JsonObject().put("error", "service_unavailable"));
  }

  public static <T> Future<T> fail(ServiceException e) {
    return Future.failedFuture(e);
  }
}
