package com.betterbros.props.http;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.yaml.snakeyaml.Yaml;

/**
 * Mass assignment, one rule everywhere: a JSON body field that the operation's schema in
 * openapi.yaml does not list (any field, for an operation without a request body) is a 400
 * {@code bad_request} naming it ({@code field}, the first unknown one as a path such as
 * {@code slip.extra}), before any service sees the body. Ownership
 * and tier fields ({@code user_id}, {@code owner}, {@code tier}) are in no request schema, so a
 * client can never set them. Mounted after the body handler; the operation is found with the
 * {@link QueryParameterGuard}'s matching. A body that is not a JSON object (empty, malformed, an
 * array) is left to the route, which answers it; so are operations whose schema is open.
 */
final class BodyFieldGuard implements Handler<RoutingContext> {

  private static final java.util.Set<String> METHODS = java.util.Set.of("get", "post", "put", "patch", "delete");

  private final QueryParameterGuard operations;
  private final Map<String, BodyShape> shapes;

  BodyFieldGuard(QueryParameterGuard operations, Map<String, BodyShape> shapes) {
    this.operations = operations;
    this.shapes = Map.copyOf(shapes);
  }

  /** The guard of every operation of {@code spec} whose {@code application/json} body schema is closed. */
  @SuppressWarnings("unchecked")
  static BodyFieldGuard fromSpec(String spec, QueryParameterGuard operations) {
    Map<String, Object> root = new Yaml().load(spec);
    Map<String, Object> components = (Map<String, Object>) root.getOrDefault("components", Map.of());
    Map<String, Object> schemas = (Map<String, Object>) components.getOrDefault("schemas", Map.of());
    Map<String, Object> bodies = (Map<String, Object>) components.getOrDefault("requestBodies", Map.of());
    Map<String, BodyShape> shapes = new HashMap<>();
    ((Map<String, Map<String, Object>>) root.get("paths")).forEach((template, item) -> item.forEach((method, op) -> {
      if (!(op instanceof Map<?, ?> operation) || !METHODS.contains(method)) {
        return;
      }
      BodyShape shape = BodyShape.NONE; // an operation without a request body takes no fields
      if (operation.get("requestBody") instanceof Map<?, ?> body) {
        Object schema = jsonSchema((Map<String, Object>) body, bodies);
        shape = schema == null ? BodyShape.ANY : BodyShape.of(schema, schemas, 0);
      }
      if (shape.closed()) {
        shapes.put(key(method.toUpperCase(java.util.Locale.ROOT), template), shape);
      }
    }));
    return new BodyFieldGuard(operations, shapes);
  }

  @SuppressWarnings("unchecked")
  private static Object jsonSchema(Map<String, Object> body, Map<String, Object> bodies) {
    if (body.get("$ref") instanceof String ref) {
      body = (Map<String, Object>) bodies.get(ref.substring(ref.lastIndexOf('/') + 1));
      if (body == null) {
        throw new IllegalArgumentException("openapi.yaml: no request body " + ref);
      }
    }
    Map<String, Object> content = (Map<String, Object>) body.getOrDefault("content", Map.of());
    Map<String, Object> json = (Map<String, Object>) content.get("application/json");
    return json == null ? null : json.get("schema");
  }

  private static String key(String method, String template) {
    return method + " " + template;
  }

  /** The closed body shape of the operation {@code method template}, or null when it has none. */
  BodyShape shape(String method, String template) {
    return shapes.get(key(method, template));
  }

  @Override
  public void handle(RoutingContext ctx) {
    Buffer raw = ctx.body() == null ? null : ctx.body().buffer();
    QueryParameterGuard.Operation op = raw == null || raw.length() == 0 ? null
        : operations.match(ctx.request().method(), ctx.request().path());
    BodyShape shape = op == null ? null : shape(op.method().name(), op.template());
    JsonObject body = shape == null ? null : object(raw);
    List<String> unknown = body == null ? List.of() : shape.unknown(body, "");
    if (unknown.isEmpty()) {
      ctx.next();
      return;
    }
    ctx.fail(HttpProblem.badRequest(unknown.get(0), message(op, shape, unknown, !body.containsKey(unknown.get(0)))));
  }

  private static JsonObject object(Buffer raw) {
    int first = 0;
    while (first < raw.length() && Character.isWhitespace(raw.getByte(first))) {
      first++;
    }
    if (first == raw.length() || raw.getByte(first) != '{') {
      return null;
    }
    try {
      return new JsonObject(raw);
    } catch (DecodeException | ClassCastException malformed) {
      return null; // the route answers malformed JSON in its own words
    }
  }

  static String message(QueryParameterGuard.Operation op, BodyShape shape, List<String> unknown, boolean nested) {
    String first = unknown.get(0);
    String names = String.join("', '", unknown);
    String where = nested
        ? " does not take " + (unknown.size() > 1 ? "them" : "it") + " in " + first.substring(0, first.lastIndexOf('.'))
        : shape.fields().isEmpty() ? " takes no body fields"
        : " takes only " + String.join(", ", new TreeSet<>(shape.fields().keySet()));
    return "unknown field" + (unknown.size() > 1 ? "s" : "") + " '" + names + "' in the body: " + op.method() + " "
        + op.template() + where + " (ownership and tier come from your token, never from a body)";
  }
}
