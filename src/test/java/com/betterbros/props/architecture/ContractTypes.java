package com.betterbros.props.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The bus contract types read from their sources: every {@code @DataObject} in an {@code api}
 * package, with the wire fields its getters read and its setters write ({@code json.get...("k")},
 * {@code json.put("k", ...)}), inherited fields included (also from the abstract bases
 * {@code bus.PageView} and {@code history.api.StatColumns}).
 */
final class ContractTypes {

  record Type(String name, String pkg, String parent, TreeSet<String> fields) {}

  private static final Path MAIN = Path.of("src/main/java/com/betterbros/props");
  private static final Pattern FIELD = Pattern.compile("(?<![\\w.])json\\.(?:get\\w*|put|remove|containsKey)\\(\"([a-z0-9_]+)\"");
  private static final Pattern DATA_OBJECT = Pattern.compile("(?m)^@DataObject");
  private static final Pattern PARENT = Pattern.compile("class \\w+ extends (\\w+)");

  private ContractTypes() {}

  static Map<String, Type> scan() {
    Map<String, Type> all = new TreeMap<>();
    Map<String, Type> types = new TreeMap<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("package-info.java"))
          .filter(p -> Set.of("api", "bus").contains(p.getParent().getFileName().toString()))
          .forEach(p -> {
            String src = read(p);
            TreeSet<String> fields = new TreeSet<>();
            Matcher m = FIELD.matcher(src);
            while (m.find()) {
              fields.add(m.group(1));
            }
            if (src.contains("json.getJsonArray(\"items\")")) {
              fields.add("items");
            }
            Matcher parent = PARENT.matcher(src);
            String name = p.getFileName().toString().replace(".java", "");
            String pkg = MAIN.relativize(p.getParent()).toString().replace('/', '.');
            Type type = new Type(name, pkg, parent.find() ? parent.group(1) : null, fields);
            if (all.put(name, type) != null) {
              throw new IllegalStateException("two contract classes named " + name);
            }
            if (DATA_OBJECT.matcher(src).find()) {
              types.put(name, type);
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // inherited fields, from contract types or their abstract bases (bus.PageView, StatColumns)
    for (Type t : types.values()) {
      for (Type p = t.parent() == null ? null : all.get(t.parent()); p != null;
          p = p.parent() == null ? null : all.get(p.parent())) {
        t.fields().addAll(p.fields());
      }
    }
    return types;
  }

  /** The markdown table of every type, by package then name. */
  static String render(Map<String, Type> types) {
    StringBuilder out = new StringBuilder("| type | package | wire fields |\n|---|---|---|\n");
    types.values().stream()
        .sorted(java.util.Comparator.comparing(Type::pkg).thenComparing(Type::name))
        .forEach(t -> out.append("| `").append(t.name()).append('`')
            .append(t.parent() == null ? "" : " (extends `" + t.parent() + "`)")
            .append(" | ").append(t.pkg()).append(" | ").append(String.join(", ", t.fields())).append(" |\n"));
    return out.toString();
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
