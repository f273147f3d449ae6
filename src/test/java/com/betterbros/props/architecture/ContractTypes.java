package com.betterbros.props.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The bus contract types read from their sources: every {@code @DataObject} in an {@code api}
 * package, with the wire fields its getters read and its setters write ({@code json.get...("k")},
 * {@code json.put("k", ...)}), inherited fields included.
 */
final class ContractTypes {

  record Type(String name, String pkg, String parent, TreeSet<String> fields) {}

  private static final Path MAIN = Path.of("src/main/java/com/betterbros/props");
  private static final Pattern FIELD = Pattern.compile("(?<![\\w.])json\\.(?:get\\w*|put|remove|containsKey)\\(\"([a-z0-9_]+)\"");
  private static final Pattern PARENT = Pattern.compile("class \\w+ extends (\\w+)");

  private ContractTypes() {}

  static Map<String, Type> scan() {
    Map<String, Type> types = new TreeMap<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      files.filter(p -> p.getParent().getFileName().toString().equals("api") && p.toString().endsWith(".java"))
          .forEach(p -> {
            String src = read(p);
            if (!src.contains("@DataObject")) {
              return;
            }
            TreeSet<String> fields = new TreeSet<>();
            Matcher m = FIELD.matcher(src);
            while (m.find()) {
              fields.add(m.group(1));
            }
            Matcher parent = PARENT.matcher(src);
            String name = p.getFileName().toString().replace(".java", "");
            String pkg = MAIN.relativize(p.getParent()).toString().replace('/', '.');
            Type before = types.put(name, new Type(name, pkg, parent.find() ? parent.group(1) : null, fields));
            if (before != null) {
              throw new IllegalStateException("two contract types named " + name + ": " + before.pkg() + ", " + pkg);
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // inherited fields
    for (Type t : types.values()) {
      for (Type p = t.parent() == null ? null : types.get(t.parent()); p != null;
          p = p.parent() == null ? null : types.get(p.parent())) {
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
