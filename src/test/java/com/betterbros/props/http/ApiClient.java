package com.betterbros.props.http;

import com.betterbros.props.testing.Await;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;

/** A real HTTP client for the gateway under test, blocking the test thread per call. */
public final class ApiClient {

  private final WebClient client;
  private final int port;
  private final String token;

  public ApiClient(Vertx vertx, int port, String token) {
    this.client = WebClient.create(vertx);
    this.port = port;
    this.token = token;
  }

  public HttpResponse<Buffer> get(String uri) {
    var req = client.get(port, "127.0.0.1", uri);
    if (token != null) {
      req.bearerTokenAuthentication(token);
    }
    return Await.result(req.send());
  }

  public HttpResponse<Buffer> post(String uri, Buffer body) {
    return post(uri, body, "application/json");
  }

  /** POST with a content type of the caller's choosing (curl --data-binary sends form-urlencoded). */
  public HttpResponse<Buffer> post(String uri, Buffer body, String contentType) {
    var req = client.post(port, "127.0.0.1", uri).putHeader("Content-Type", contentType);
    if (token != null) {
      req.bearerTokenAuthentication(token);
    }
    return Await.result(body == null ? req.send() : req.sendBuffer(body));
  }

  /** PATCH with a JSON body (null: none). */
  public HttpResponse<Buffer> patch(String uri, Buffer body) {
    var req = client.patch(port, "127.0.0.1", uri).putHeader("Content-Type", "application/json");
    if (token != null) {
      req.bearerTokenAuthentication(token);
    }
    return Await.result(body == null ? req.send() : req.sendBuffer(body));
  }

  public HttpResponse<Buffer> delete(String uri) {
    var req = client.delete(port, "127.0.0.1", uri);
    if (token != null) {
      req.bearerTokenAuthentication(token);
    }
    return Await.result(req.send());
  }

  /** GET that must answer 200; returns the JSON body. */
  public JsonObject ok(String uri) {
    HttpResponse<Buffer> resp = get(uri);
    if (resp.statusCode() != 200) {
      throw new AssertionError("GET " + uri + " -> " + resp.statusCode() + " " + resp.bodyAsString());
    }
    return resp.bodyAsJsonObject();
  }

  public ApiClient withToken(String other) {
    return new ApiClient(client, port, other);
  }

  private ApiClient(WebClient client, int port, String token) {
    this.client = client;
    this.port = port;
    this.token = token;
  }
}
