package com.betterbros.props.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The field names a JSON request body may carry, read from an openapi.yaml schema. An object
 * schema with {@code properties} is closed: a key it does not list is unknown, at any depth
 * (nested objects, array items, the values of a map). An object without {@code properties}, or
 * with {@code additionalProperties: true}, is open; a map ({@code additionalProperties} a schema)
 * takes any key and checks each value. {@code oneOf}/{@code anyOf}/{@code allOf} take the union of
 * their alternatives' fields (open if one alternative is open).
 *
 * @param fields the known fields of a closed object (null: not a closed object)
 * @param values the shape of a map's values, or of an array's items (null: nothing to check)
 */
record BodyShape(Map<String, BodyShape> fields, BodyShape values) {

  static final BodyShape ANY = new BodyShape(null, null);

  /** A closed object without fields: the body of an operation that declares none. */
  static final BodyShape NONE = new BodyShape(Map.of(), null);

  /** The shape of {@code schema}; {@code schemas} resolves {@code $ref}s to {@code #/components/schemas/x}. */
  @SuppressWarnings("unchecked")
  static BodyShape of(Object schema, Map<String, Object> schemas, int depth) {
    if (depth > 32) {
      throw new IllegalArgumentException("openapi.yaml: request schema nested deeper than 32 (a $ref cycle?)");
    }
    if (!(schema instanceof Map<?, ?> raw)) {
      return ANY;
    }
    Map<String, Object> s = (Map<String, Object>) raw;
    if (s.get("$ref") instanceof String ref) {
      Object target = schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
      if (target == null) {
        throw new IllegalArgumentException("openapi.yaml: no schema " + ref);
      }
      return of(target, schemas, depth + 1);
    }
    for (String combinator : List.of("oneOf", "anyOf", "allOf")) {
      if (s.get(combinator) instanceof List<?> alternatives) {
        List<BodyShape> shapes = new ArrayList<>();
        alternatives.forEach(a -> shapes.add(of(a, schemas, depth + 1)));
        return union(shapes);
      }
    }
    if ("array".equals(s.get("type")) || s.containsKey("items")) {
      return new BodyShape(null, of(s.get("items"), schemas, depth + 1));
    }
    Object additional = s.get("additionalProperties");
    if (additional instanceof Map<?, ?> valueSchema) {
      return new BodyShape(null, of(valueSchema, schemas, depth + 1));
    }
    if (!(s.get("properties") instanceof Map<?, ?> properties) || Boolean.TRUE.equals(additional)) {
      return ANY;
    }
    Map<String, BodyShape> fields = new LinkedHashMap<>();
    properties.forEach((name, field) -> fields.put((String) name, of(field, schemas, depth + 1)));
    return new BodyShape(Map.copyOf(fields), null);
  }

  private static BodyShape union(List<BodyShape> shapes) {
    List<BodyShape> objects = shapes.stream().filter(x -> x.fields() != null).toList();
    boolean openObject = shapes.stream().anyMatch(x -> x.fields() == null && x.values() == null);
    if (!objects.isEmpty() && !openObject) {
      Map<String, BodyShape> fields = new LinkedHashMap<>();
      objects.forEach(o -> o.fields().forEach(fields::putIfAbsent));
      return new BodyShape(Map.copyOf(fields), null);
    }
    return shapes.stream().filter(x -> x.values() != null).findFirst().orElse(ANY);
  }

  /** Whether this is a closed object (a body schema the guard can check). */
  boolean closed() {
    return fields != null;
  }

  /**
   * The unknown fields of the first object in {@code value} (depth first) that has any, as paths
   * ({@code user_id}, {@code slip.extra}, {@code items[2].owner}); empty when none.
   */
  List<String> unknown(Object value, String path) {
    if (value instanceof JsonObject object) {
      if (fields != null) {
        TreeSet<String> extra = new TreeSet<>(object.fieldNames());
        extra.removeAll(fields.keySet());
        if (!extra.isEmpty()) {
          return extra.stream().map(name -> path.isEmpty() ? name : path + "." + name).toList();
        }
        for (Map.Entry<String, BodyShape> field : fields.entrySet()) {
          List<String> inner = field.getValue().unknown(object.getValue(field.getKey()), join(path, field.getKey()));
          if (!inner.isEmpty()) {
            return inner;
          }
        }
      } else if (values != null) {
        for (String key : object.fieldNames()) {
          List<String> inner = values.unknown(object.getValue(key), join(path, key));
          if (!inner.isEmpty()) {
            return inner;
          }
        }
      }
    } else if (value instanceof JsonArray array && values != null) {
      for (int i = 0; i < array.size(); i++) {
        List<String> inner = values.unknown(array.getValue(i), path + "[" + i + "]");
        if (!inner.isEmpty()) {
          return inner;
        }
      }
    }
    return List.of();
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
