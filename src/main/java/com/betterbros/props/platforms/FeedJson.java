package com.betterbros.props.platforms;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Jackson helpers shared by the parsers: whole-feed checks throw, per-entry checks skip. */
final class FeedJson {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** A decimal number as feeds write lines in strings ("238.5"); no hex, no "NaN", no suffix. */
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  /** Jackson's nested location, "[Source: REDACTED (...); line: 1, column: 22]". */
  private static final Pattern SOURCE =
      Pattern.compile("\\[Source: [^;]*; line: (\\d+), column: (\\d+)]");

  private FeedJson() {
  }

  /** Parses {@code json} and requires a top-level object; a leading byte-order mark is ignored. */
  static JsonNode readObject(String json) {
    if (json == null || json.isBlank()) {
      throw new MalformedFeedException("feed is empty");
    }
    String body = json.charAt(0) == '\uFEFF' ? json.substring(1) : json;
    JsonNode root;
    try {
      root = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + " column " + at.getColumnNr();
      String detail = SOURCE.matcher(e.getOriginalMessage().lines().findFirst().orElse(""))
          .replaceAll("line $1 column $2");
      if (detail.length() > 200) {
        detail = detail.substring(0, 200) + "...";
      }
      throw new MalformedFeedException("not valid JSON" + where + ": " + detail, e);
    }
    if (!root.isObject()) {
      throw new MalformedFeedException("top-level JSON is " + article(root)
          + ", expected an object");
    }
    return root;
  }

  /** The array {@code field} of {@code root}; throws naming the field if absent or not an array. */
  static JsonNode requireArray(JsonNode root, String field) {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      throw new MalformedFeedException("missing array '" + field + "'");
    }
    if (!node.isArray()) {
      throw new MalformedFeedException(
          "'" + field + "' is " + article(node) + ", expected an array");
    }
    return node;
  }

  /** Indexes the objects of the optional array {@code field} by {@code key(object)}. */
  static Map<String, JsonNode> index(JsonNode root, String field,
      Function<JsonNode, String> key) {
    Map<String, JsonNode> index = new HashMap<>();
    if (root.get(field) == null || root.get(field).isNull()) {
      return index;
    }
    for (JsonNode element : requireArray(root, field)) {
      String k = element.isObject() ? key.apply(element) : null;
      if (k != null) {
        index.putIfAbsent(k, element);
      }
    }
    return index;
  }

  /** The stripped text of scalar {@code field}; null if absent, null, blank or not a scalar. */
  static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || !value.isValueNode() || value.isNull()) {
      return null;
    }
    String text = value.asText().strip();
    return text.isEmpty() ? null : text;
  }

  /** True if {@code field} is present with a value other than JSON null or false. */
  static boolean isSet(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && !value.isNull() && !(value.isBoolean() && !value.booleanValue());
  }

  /** The instant of an ISO-8601 timestamp with offset or 'Z', or null if absent or unparsable. */
  static Instant instant(String text) {
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * The line in {@code field}: a JSON number or a decimal string. Skips the entry as
   * "incomplete" if absent or blank, as "invalid_line" if not a finite number.
   */
  static double line(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
      throw new EntrySkipped(EntrySkipped.INCOMPLETE);
    }
    double line;
    if (value.isNumber()) {
      line = value.doubleValue();
    } else if (value.isTextual() && DECIMAL.matcher(value.asText().strip()).matches()) {
      line = Double.parseDouble(value.asText().strip());
    } else {
      throw new EntrySkipped(EntrySkipped.INVALID_LINE);
    }
    if (!Double.isFinite(line)) {
      throw new EntrySkipped(EntrySkipped.INVALID_LINE);
    }
    return line;
  }

  /** A non-null value or an "incomplete" skip. */
  static <T> T required(T value) {
    if (value == null) {
      throw new EntrySkipped(EntrySkipped.INCOMPLETE);
    }
    return value;
  }

  private static String article(JsonNode node) {
    String type = node.getNodeType().name().toLowerCase(Locale.ROOT);
    if (node.isNull()) {
      return "null";
    }
    return (type.startsWith("a") || type.startsWith("o") ? "an " : "a ") + type;
  }
}
