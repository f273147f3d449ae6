package com.betterbros.props.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.access.core.AccessLevel;
import com.betterbros.props.access.core.AccessMatrix;
import com.betterbros.props.access.core.AccessRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The README's tier matrix is the one generated from access-matrix.yaml: on a mismatch the test
 * prints the block to paste between the markers ({@code /work/tools/paste_block.py} can do it).
 */
@DisplayName("README's tier matrix is generated from access-matrix.yaml")
class AccessMatrixDocTest {

  static final String BEGIN = "<!-- access-matrix:begin (generated: AccessMatrixDocTest) -->";
  static final String END = "<!-- access-matrix:end -->";

  @Test
  @DisplayName("the table between the access-matrix markers is the rendered matrix")
  void readmeTable() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    assertThat(readme).contains(BEGIN, END);
    String documented = readme.substring(readme.indexOf(BEGIN) + BEGIN.length(), readme.indexOf(END)).strip();
    String actual = render(AccessMatrix.bundled());
    assertThat(documented).as("the tier matrix; paste this between the markers:%n%s%n", actual)
        .isEqualTo(actual.strip());
  }

  /** Two tables: HTTP operations by level, then bus addresses with their exceptions. */
  static String render(AccessMatrix matrix) {
    StringBuilder out = new StringBuilder();
    out.append("| needs | HTTP operations (* = owner-scoped: another user's id is a 404) |\n|---|---|\n");
    Map<AccessLevel, List<String>> byLevel = new LinkedHashMap<>();
    matrix.routes().forEach((route, rule) -> byLevel.computeIfAbsent(rule.min(), l -> new ArrayList<>())
        .add("`" + route + "`" + (rule.owned() ? "*" : "")));
    for (AccessLevel level : AccessLevel.values()) {
      if (byLevel.containsKey(level)) {
        out.append("| ").append(level.label()).append(" | ").append(String.join(", ", byLevel.get(level)))
            .append(" |\n");
      }
    }
    out.append("\n| bus address | needs | owner-scoped (`userId`) | actions needing otherwise |\n|---|---|---|---|\n");
    matrix.addresses().forEach((address, rule) -> out.append("| `").append(address).append("` | ")
        .append(rule.min().label()).append(" | ").append(rule.owned() ? "yes" : "").append(" | ")
        .append(exceptions(rule)).append(" |\n"));
    return out.toString();
  }

  private static String exceptions(AccessRule rule) {
    Map<AccessLevel, List<String>> byLevel = new LinkedHashMap<>();
    rule.actions().forEach((action, level) -> byLevel.computeIfAbsent(level, l -> new ArrayList<>())
        .add("`" + action + "`"));
    return byLevel.entrySet().stream()
        .map(e -> String.join(", ", e.getValue()) + ": " + e.getKey().label())
        .collect(Collectors.joining("; "));
  }
}
