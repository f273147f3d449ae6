package com.betterbros.props.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * docs/ARCHITECTURE.md carries the package arrows of the code, generated: every package and the
 * packages it depends on, read from the compiled classes. This test regenerates them and fails
 * when the document's block differs, printing the block to paste, so the diagram never drifts.
 */
@DisplayName("docs/ARCHITECTURE.md lists the packages and their arrows exactly as the code has them")
class PackageArrowsTest {

  static final String ROOT = "com.betterbros.props.";
  static final String BEGIN = "<!-- package-arrows:begin (generated: PackageArrowsTest) -->";
  static final String END = "<!-- package-arrows:end -->";

  @Test
  @DisplayName("the generated block in docs/ARCHITECTURE.md matches the compiled classes")
  void documentMatchesCode() throws Exception {
    String doc = Files.readString(Path.of("docs/ARCHITECTURE.md"));
    assertThat(doc).contains(BEGIN, END);
    String documented = doc.substring(doc.indexOf(BEGIN) + BEGIN.length(), doc.indexOf(END)).strip();
    String actual = "```\n" + render(arrows()) + "```";
    assertThat(documented).as("the package arrows; paste this between the markers:%n%s%n", actual).isEqualTo(actual);
  }

  static Map<String, Set<String>> arrows() {
    JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT.substring(0, ROOT.length() - 1));
    Map<String, Set<String>> arrows = new TreeMap<>();
    for (JavaClass c : classes) {
      if (!c.getPackageName().startsWith(ROOT)) {
        continue;
      }
      String from = local(c.getPackageName());
      Set<String> to = arrows.computeIfAbsent(from, k -> new TreeSet<>());
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        String target = d.getTargetClass().getPackageName();
        if (target.startsWith(ROOT) && !local(target).equals(from)) {
          to.add(local(target));
        }
      }
    }
    return arrows;
  }

  static String render(Map<String, Set<String>> arrows) {
    StringBuilder out = new StringBuilder();
    arrows.forEach((from, to) -> out.append(String.format("%-17s -> %s%n", from,
        to.isEmpty() ? "(nothing of ours)" : to.stream().collect(Collectors.joining(", ")))));
    return out.toString();
  }

  private static String local(String pkg) {
    return pkg.substring(ROOT.length());
  }
}
