package com.betterbros.props.optimize.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every known payout version, loaded from classpath JSON files: one file per version, listed in
 * {@value #INDEX}. A new version is a new file plus one line in the index, no code. In a file,
 * {@code platforms.<platform>.<mode>.<legs>} is either a number (only a clean sweep pays it) or
 * an object from hits to multiplier.
 */
public final class PayoutTables {

  /** The classpath index: {"versions": ["payouts/2025-01-01.json", ...]}. */
  public static final String INDEX = "payouts/index.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<PayoutVersion> versions;

  private PayoutTables(List<PayoutVersion> versions) {
    this.versions = versions;
  }

  /** The versions the bundled index lists. */
  public static PayoutTables bundled() {
    JsonNode index = read(INDEX);
    List<String> files = new ArrayList<>();
    if (!index.path("versions").isArray() || index.path("versions").isEmpty()) {
      throw new IllegalArgumentException(INDEX + ": \"versions\" must be a non-empty array of resource names");
    }
    index.path("versions").forEach(v -> files.add(v.asText()));
    return load(files);
  }

  /**
   * Loads the given classpath resources, one version each. Fails naming the file on a malformed
   * table, and on two files with the same version or the same effective date.
   */
  public static PayoutTables load(List<String> resources) {
    List<PayoutVersion> loaded = new ArrayList<>();
    Set<String> names = new HashSet<>();
    Set<LocalDate> dates = new HashSet<>();
    for (String resource : resources) {
      PayoutVersion v = parse(resource, read(resource));
      if (!names.add(v.version()) || !dates.add(v.effectiveDate())) {
        throw new IllegalArgumentException(resource + ": version " + v.version() + " or effective date "
            + v.effectiveDate() + " is already taken by another file");
      }
      loaded.add(v);
    }
    if (loaded.isEmpty()) {
      throw new IllegalArgumentException("no payout version to load");
    }
    loaded.sort(Comparator.comparing(PayoutVersion::effectiveDate));
    return new PayoutTables(List.copyOf(loaded));
  }

  /** Every version, oldest effective date first. */
  public List<PayoutVersion> versions() {
    return versions;
  }

  /** The version in force on {@code today}: the latest effective date on or before it. */
  public PayoutVersion current(LocalDate today) {
    PayoutVersion current = null;
    for (PayoutVersion v : versions) {
      if (!v.effectiveDate().isAfter(today)) {
        current = v;
      }
    }
    if (current == null) {
      throw new IllegalStateException("no payout version is in force on " + today + " (the first starts "
          + versions.get(0).effectiveDate() + ")");
    }
    return current;
  }

  private static PayoutVersion parse(String resource, JsonNode root) {
    try {
      String version = required(root, "version").asText();
      String source = required(root, "source").asText();
      LocalDate effective = LocalDate.parse(required(root, "effective_date").asText());
      List<PayoutTable> tables = new ArrayList<>();
      for (Map.Entry<String, JsonNode> platform : required(root, "platforms").properties()) {
        for (Map.Entry<String, JsonNode> mode : platform.getValue().properties()) {
          for (Map.Entry<String, JsonNode> size : mode.getValue().properties()) {
            tables.add(table(platform.getKey(), mode.getKey(), Integer.parseInt(size.getKey()), size.getValue()));
          }
        }
      }
      if (tables.isEmpty()) {
        throw new IllegalArgumentException("no table in \"platforms\"");
      }
      return new PayoutVersion(version, source, effective, tables);
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException(resource + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(resource + ": " + e.getMessage(), e);
    }
  }

  private static PayoutTable table(String platform, String mode, int legs, JsonNode value) {
    TreeMap<Integer, Double> multipliers = new TreeMap<>();
    if (value.isNumber()) {
      multipliers.put(legs, value.asDouble());
    } else if (value.isObject()) {
      for (Map.Entry<String, JsonNode> e : value.properties()) {
        if (!e.getValue().isNumber()) {
          throw new IllegalArgumentException(platform + " " + mode + " " + legs + ": multiplier of "
              + e.getKey() + " hits is not a number");
        }
        multipliers.put(Integer.parseInt(e.getKey()), e.getValue().asDouble());
      }
    } else {
      throw new IllegalArgumentException(platform + " " + mode + " " + legs + ": must be a number or an object");
    }
    return new PayoutTable(platform, mode, legs, multipliers);
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("\"" + field + "\" is required");
    }
    return value;
  }

  private static JsonNode read(String resource) {
    try (InputStream in = PayoutTables.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException(resource + ": no such classpath resource");
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(resource + ": not valid JSON", e);
    }
  }
}
