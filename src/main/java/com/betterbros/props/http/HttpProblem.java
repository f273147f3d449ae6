package com.betterbros.props.http;

/** A problem found by the gateway itself (before any service is asked), with its status and field. */
public final class HttpProblem extends RuntimeException {

  private final int status;
  private final String error;
  private final String field;

  public HttpProblem(int status, String error, String field, String message) {
    super(message, null, false, false);
    this.status = status;
    this.error = error;
    this.field = field;
  }

  public static HttpProblem badRequest(String field, String message) {
    return new HttpProblem(400, "bad_request", field, message);
  }

  public int status() {
    return status;
  }

  public String error() {
    return error;
  }

  public String field() {
    return field;
  }
}
