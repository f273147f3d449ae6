package com.betterbros.props.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * Refuses query parameters a route does not declare: 400 {@code bad_request} naming the first
 * unknown one ({@code field}) and listing what the route takes. A route's declaration is its
 * operation in openapi.yaml (path-level and operation-level {@code in: query} parameters, with
 * {@code $ref}s to {@code components/parameters} followed), so the documented names and the
 * accepted ones cannot drift apart. Requests no operation describes (static assets, unknown
 * paths) pass untouched, as do the route's own value checks, which stay with the services.
 */
final class QueryParameterGuard implements Handler<RoutingContext> {

  /** One operation of the spec: its method, path template as a regex, and query parameter names. */
  record Operation(HttpMethod method, String template, Pattern path, int literals, Set<String> allowed) {}

  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
  private static final String MATCHED = "bb.operation";
  /** Kept on a context whose request no operation describes. */
  private static final Operation NONE = new Operation(null, "", null, -1, Set.of());

  private final List<Operation> operations;
  /**
   * The operations whose templates have no variable, by "METHOD /path": a path equal to one is
   * served by it (no other template has more literal segments matching it), without a regex.
   */
  private final Map<String, Operation> literal = new java.util.HashMap<>();

  QueryParameterGuard(List<Operation> operations) {
    // most literal segments first: /snapshots/compare wins over /snapshots/{id}
    this.operations = operations.stream()
        .sorted(Comparator.comparingInt(Operation::literals).reversed().thenComparing(Operation::template))
        .toList();
    for (Operation op : this.operations) {
      if (!op.template().contains("{")) {
        literal.putIfAbsent(op.method().name() + " " + op.template(), op);
      }
    }
  }

  /** The guard of every operation in an OpenAPI 3 document (YAML or JSON text). */
  @SuppressWarnings("unchecked")
  static QueryParameterGuard fromSpec(String spec) {
    Map<String, Object> root = new Yaml().load(spec);
    Map<String, Object> components = (Map<String, Object>) root.getOrDefault("components", Map.of());
    Map<String, Object> shared = (Map<String, Object>) components.getOrDefault("parameters", Map.of());
    Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) root.get("paths");
    List<Operation> out = new ArrayList<>();
    paths.forEach((template, item) -> {
      List<Object> common = (List<Object>) item.getOrDefault("parameters", List.of());
      item.forEach((method, op) -> {
        if (METHODS.contains(method)) {
          Set<String> names = new LinkedHashSet<>(queryNames(common, shared));
          names.addAll(queryNames((List<Object>) ((Map<String, Object>) op).getOrDefault("parameters", List.of()),
              shared));
          out.add(operation(HttpMethod.valueOf(method.toUpperCase()), template, names));
        }
      });
    });
    return new QueryParameterGuard(out);
  }

  @SuppressWarnings("unchecked")
  private static List<String> queryNames(List<Object> parameters, Map<String, Object> shared) {
    List<String> names = new ArrayList<>();
    for (Object p : parameters) {
      Map<String, Object> param = (Map<String, Object>) p;
      if (param.get("$ref") instanceof String ref) {
        param = (Map<String, Object>) shared.get(ref.substring(ref.lastIndexOf('/') + 1));
        if (param == null) {
          throw new IllegalArgumentException("openapi.yaml: no parameter " + ref);
        }
      }
      if ("query".equals(param.get("in"))) {
        names.add((String) param.get("name"));
      }
    }
    return names;
  }

  static Operation operation(HttpMethod method, String template, Set<String> allowed) {
    StringBuilder regex = new StringBuilder();
    int literals = 0;
    for (String segment : template.substring(1).split("/", -1)) {
      boolean variable = segment.startsWith("{") && segment.endsWith("}");
      regex.append('/').append(variable ? "[^/]+" : Pattern.quote(segment));
      literals += variable ? 0 : 1;
    }
    return new Operation(method, template, Pattern.compile(regex.toString()), literals, Set.copyOf(allowed));
  }

  /** The spec's operations, most specific path first. */
  List<Operation> operations() {
    return operations;
  }

  /** The operation serving this method and path, or null when the spec describes none. */
  Operation match(HttpMethod method, String path) {
    Operation exact = literal.get(method.name() + " " + path);
    if (exact != null) {
      return exact;
    }
    for (Operation op : operations) {
      if (op.method().equals(method) && op.path().matcher(path).matches()) {
        return op;
      }
    }
    return null;
  }

  @Override
  public void handle(RoutingContext ctx) {
    Operation op = ctx.queryParams().isEmpty() ? null : matched(ctx);
    if (op == null || op.allowed().containsAll(ctx.queryParams().names())) {
      ctx.next();
      return;
    }
    Set<String> unknown = new TreeSet<>(ctx.queryParams().names());
    unknown.removeAll(op.allowed());
    ctx.fail(HttpProblem.badRequest(unknown.iterator().next(), message(op, unknown)));
  }

  /**
   * {@link #match} of this request's method and path, matched once per request and kept on the
   * routing context for the other handlers that need it (the tier matrix, the route metrics).
   */
  Operation matched(RoutingContext ctx) {
    Operation kept = ctx.get(MATCHED);
    if (kept == null) {
      Operation op = match(ctx.request().method(), ctx.request().path());
      kept = op == null ? NONE : op;
      ctx.put(MATCHED, kept);
    }
    return kept == NONE ? null : kept;
  }

  static String message(Operation op, Set<String> unknown) {
    String names = String.join("', '", unknown);
    String takes = op.allowed().isEmpty() ? "takes no query parameters"
        : "takes only " + String.join(", ", new TreeSet<>(op.allowed()));
    return "unknown query parameter" + (unknown.size() > 1 ? "s" : "") + " '" + names + "': "
        + op.method() + " " + op.template() + " " + takes;
  }
}
