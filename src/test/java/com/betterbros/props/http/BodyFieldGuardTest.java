package com.betterbros.props.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The body field rule read from openapi.yaml: closed schemas, nesting, and the real spec's completeness. */
@DisplayName("BodyFieldGuard: a body field the operation's schema does not list is unknown")
class BodyFieldGuardTest {

  private static final String SPEC = new String(ApiDocs.read("openapi.yaml"), StandardCharsets.UTF_8);

  private static final String TINY = """
      openapi: 3.0.3
      paths:
        /things:
          post:
            requestBody:
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Thing'}
        /things/{id}/run:
          post: {responses: {'200': {description: ok}}}
        /raw:
          post:
            requestBody:
              content:
                application/json:
                  schema: {type: object, additionalProperties: true, properties: {data: {type: array}}}
      components:
        schemas:
          Thing:
            type: object
            properties:
              name: {type: string}
              slip: {type: object, properties: {size: {type: integer}}}
              legs: {type: array, items: {type: object, properties: {p: {type: number}}}}
              minutes: {type: object, additionalProperties: {type: number}}
              filter: {type: object}
              request:
                oneOf:
                  - {type: object, properties: {a: {type: string}}}
                  - {type: object, properties: {b: {type: string}}}
      """;

  private static BodyFieldGuard guard(String spec) {
    return BodyFieldGuard.fromSpec(spec, QueryParameterGuard.fromSpec(spec));
  }

  private static List<String> unknown(BodyFieldGuard guard, String method, String template, JsonObject body) {
    return guard.shape(method, template).unknown(body, "");
  }

  @Test
  @DisplayName("top-level, nested object, array item and oneOf fields are checked; maps and free objects are not")
  void nesting() {
    BodyFieldGuard g = guard(TINY);
    assertThat(unknown(g, "POST", "/things", new JsonObject().put("name", "x"))).isEmpty();
    assertThat(unknown(g, "POST", "/things", new JsonObject().put("name", "x").put("user_id", "m").put("tier", "e")))
        .containsExactly("tier", "user_id");
    assertThat(unknown(g, "POST", "/things", new JsonObject().put("slip", new JsonObject().put("size", 2)
        .put("owner", "m")))).containsExactly("slip.owner");
    assertThat(unknown(g, "POST", "/things", new JsonObject().put("legs", new JsonArray()
        .add(new JsonObject().put("p", 0.5)).add(new JsonObject().put("p", 0.5).put("q", 1)))))
        .containsExactly("legs[1].q");
    assertThat(unknown(g, "POST", "/things", new JsonObject().put("minutes", new JsonObject().put("anyone", 30))
        .put("filter", new JsonObject().put("whatever", 1)))).isEmpty();
    assertThat(unknown(g, "POST", "/things", new JsonObject().put("request", new JsonObject().put("a", "1")
        .put("b", "2")))).isEmpty();
    assertThat(unknown(g, "POST", "/things", new JsonObject().put("request", new JsonObject().put("c", "3"))))
        .containsExactly("request.c");
    // no request body declared: no field is known
    assertThat(unknown(g, "POST", "/things/{id}/run", new JsonObject().put("force", true))).containsExactly("force");
    assertThat(unknown(g, "POST", "/things/{id}/run", new JsonObject())).isEmpty();
    // additionalProperties: true is the one way to leave a body open
    assertThat(g.shape("POST", "/raw")).isNull();
  }

  @Test
  @DisplayName("the message names the operation and what it takes, and says ownership comes from the token")
  void message() {
    BodyFieldGuard g = guard(TINY);
    var op = QueryParameterGuard.operation(io.vertx.core.http.HttpMethod.POST, "/things", java.util.Set.of());
    String top = BodyFieldGuard.message(op, g.shape("POST", "/things"), List.of("user_id"), false);
    assertThat(top).startsWith("unknown field 'user_id' in the body: POST /things takes only filter, legs, minutes, "
        + "name, request, slip").contains("from your token");
    assertThat(BodyFieldGuard.message(op, g.shape("POST", "/things"), List.of("slip.a", "slip.b"), true))
        .startsWith("unknown fields 'slip.a', 'slip.b' in the body: POST /things does not take them in slip");
  }

  @Test
  @DisplayName("openapi.yaml: every JSON request body resolves to an object schema with properties")
  @SuppressWarnings("unchecked")
  void everyJsonBodyListsItsFields() {
    Map<String, Object> root = new Yaml().load(SPEC);
    Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) root.get("components")).get("schemas");
    List<String> bodies = new ArrayList<>();
    ((Map<String, Map<String, Object>>) root.get("paths")).forEach((path, item) -> item.forEach((method, op) -> {
      if (op instanceof Map<?, ?> operation && operation.get("requestBody") instanceof Map<?, ?> body
          && ((Map<String, Object>) body.get("content")).get("application/json") instanceof Map<?, ?> json) {
        Map<String, Object> schema = (Map<String, Object>) json.get("schema");
        while (schema.get("$ref") instanceof String ref) {
          schema = (Map<String, Object>) schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
        }
        assertThat(schema.get("type")).as(method + " " + path).isEqualTo("object");
        assertThat(schema.get("properties")).as(method + " " + path).isInstanceOf(Map.class);
        assertThat((Map<?, ?>) schema.get("properties")).as(method + " " + path).isNotEmpty();
        bodies.add(method.toUpperCase() + " " + path);
      }
    }));
    assertThat(bodies).hasSizeGreaterThanOrEqualTo(16).contains("POST /snapshots", "POST /keys", "POST /props/import");
  }

  @Test
  @DisplayName("openapi.yaml: every JSON body but the raw board import is closed, takes no ownership or tier field, "
      + "and its documented examples pass the rule")
  @SuppressWarnings("unchecked")
  void realSpecIsClosed() {
    BodyFieldGuard g = guard(SPEC);
    Map<String, Object> root = new Yaml().load(SPEC);
    int checked = 0;
    for (var path : ((Map<String, Map<String, Object>>) root.get("paths")).entrySet()) {
      for (var op : path.getValue().entrySet()) {
        if (!(op.getValue() instanceof Map<?, ?> operation) || !(operation.get("requestBody") instanceof Map<?, ?> body)
            || !(((Map<String, Object>) body.get("content")).get("application/json") instanceof Map<?, ?> json)) {
          continue;
        }
        String name = op.getKey().toUpperCase() + " " + path.getKey();
        BodyShape shape = g.shape(op.getKey().toUpperCase(), path.getKey());
        if (name.equals("POST /props/import")) {
          assertThat(shape).as(name + " is the platform's own document: open").isNull();
          continue;
        }
        assertThat(shape).as(name).isNotNull();
        for (String field : List.of("user_id", "owner", "owner_id", "tier", "role", "admin")) {
          assertThat(shape.unknown(new JsonObject().put(field, "mallory"), "")).as(name).containsExactly(field);
        }
        assertThat(fieldNames(shape, new java.util.HashSet<>())).as(name + ": no ownership or tier field at any depth")
            .doesNotContain("user_id", "owner", "owner_id", "tier", "role", "admin");
        for (Object example : examples((Map<String, Object>) json)) {
          assertThat(shape.unknown(new JsonObject((Map<String, Object>) example), "")).as(name + " example").isEmpty();
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(15);
  }

  /** Every field name a shape lists, at any depth. */
  private static java.util.Set<String> fieldNames(BodyShape shape, java.util.Set<String> into) {
    if (shape == null) {
      return into;
    }
    if (shape.fields() != null) {
      shape.fields().forEach((name, inner) -> {
        into.add(name);
        fieldNames(inner, into);
      });
    }
    return fieldNames(shape.values(), into);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> examples(Map<String, Object> media) {
    List<Object> out = new ArrayList<>();
    if (media.get("example") != null) {
      out.add(media.get("example"));
    }
    if (media.get("examples") instanceof Map<?, ?> named) {
      named.values().forEach(e -> out.add(((Map<String, Object>) e).get("value")));
    }
    return out;
  }
}
