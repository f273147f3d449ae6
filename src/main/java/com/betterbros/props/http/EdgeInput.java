package com.betterbros.props.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks the raw request target before the router sees it: every percent escape well formed, the
 * decoded bytes valid UTF-8, and no control character (NUL included) in a path segment, a query
 * parameter name or value. A bad one is a 400 JSON naming the field ({@code path}, the parameter's
 * name, or {@code query} when the name itself is bad), answered here, so that a malformed URL never
 * reaches the router (which would log a stack trace) and a NUL never reaches a store (PostgreSQL
 * refuses it in text: a 5xx).
 */
public final class EdgeInput {

  private EdgeInput() {}

  /** A rejected piece of the request target. */
  public record Problem(String field, String message) {}

  /**
   * Answers 400 and returns true when the request target is bad; false lets the request through.
   */
  public static boolean rejected(HttpServerRequest req) {
    String uri = req.uri();
    int q = uri.indexOf('?');
    Problem p = check(q < 0 ? uri : uri.substring(0, q), q < 0 ? null : uri.substring(q + 1));
    if (p == null) {
      return false;
    }
    req.response().setStatusCode(400).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
        .putHeader(HttpHeaders.CONNECTION, "close")
        .end(new JsonObject().put("error", "bad_request").put("field", p.field()).put("message", p.message()).encode());
    return true;
  }

  /**
   * Route handler after the body handler: a JSON body holding a NUL character (the escape
   * backslash-u-0000, or a raw 0 byte) is a 400 naming {@code body}. Nothing we store may hold
   * one, and PostgreSQL refuses it in text and jsonb (which would surface as a 5xx).
   */
  public static void refuseNulInBody(io.vertx.ext.web.RoutingContext ctx) {
    io.vertx.core.buffer.Buffer body = ctx.body() == null ? null : ctx.body().buffer();
    if (body != null && hasNul(body.getBytes())) {
      ctx.fail(HttpProblem.badRequest("body", "the body contains a NUL character (\\u0000)"));
      return;
    }
    ctx.next();
  }

  /** True when {@code json} holds a raw 0 byte or an unescaped backslash-u-0000 escape. */
  static boolean hasNul(byte[] json) {
    for (int i = 0; i < json.length; i++) {
      if (json[i] == 0) {
        return true;
      }
      if (json[i] == '\\' && i + 5 < json.length && (json[i + 1] == 'u' || json[i + 1] == 'U')
          && json[i + 2] == '0' && json[i + 3] == '0' && json[i + 4] == '0' && json[i + 5] == '0') {
        return true;
      }
      if (json[i] == '\\') {
        i++; // skip the escaped character: an escaped backslash before "u0000" is plain text
      }
    }
    return false;
  }

  /** The first problem of a raw path and raw query (null when there is none), or null. */
  public static Problem check(String rawPath, String rawQuery) {
    String bad = problem(rawPath, false);
    if (bad != null) {
      return new Problem("path", "the path " + bad);
    }
    if (rawQuery == null || rawQuery.isEmpty()) {
      return null;
    }
    for (String pair : rawQuery.split("&", -1)) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      bad = problem(name, true);
      if (bad != null) {
        return new Problem("query", "a query parameter name " + bad);
      }
      if (eq >= 0 && (bad = problem(pair.substring(eq + 1), true)) != null) {
        return new Problem(decode(name, true), name.isEmpty() ? "a query value " + bad
            : "query parameter " + decode(name, true) + " " + bad);
      }
    }
    return null;
  }

  /** Why {@code raw} is unacceptable ("contains a NUL byte", ...), or null when it is fine. */
  private static String problem(String raw, boolean form) {
    byte[] bytes = percentDecode(raw, form);
    if (bytes == null) {
      return "has a malformed percent escape";
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return "is not valid UTF-8";
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return "contains a NUL byte";
      }
      if (c < 0x20 || c == 0x7f) {
        return "contains a control character";
      }
    }
    return null;
  }

  private static String decode(String raw, boolean form) {
    byte[] b = percentDecode(raw, form);
    return b == null ? raw : new String(b, StandardCharsets.UTF_8);
  }

  /**
   * Percent-decodes to bytes (RFC 3986 section 2.1); characters the server read as ISO-8859-1 go
   * back to their raw byte, so raw UTF-8 in the request line is judged like its escaped form. In
   * a query ({@code form}) '+' is a space. Null when an escape is not '%' and two hex digits.
   */
  private static byte[] percentDecode(String raw, boolean form) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          return null;
        }
        int hi = Character.digit(raw.charAt(i + 1), 16);
        int lo = Character.digit(raw.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return null;
        }
        out.write(hi * 16 + lo);
        i += 2;
      } else if (form && c == '+') {
        out.write(' ');
      } else if (c > 0xff) {
        out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      } else {
        out.write(c);
      }
    }
    return out.toByteArray();
  }
}
