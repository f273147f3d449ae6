package com.betterbros.props.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What must never appear in a log: the shapes of credentials (a JWT, a {@code bbp_} access key, a
 * PEM private key) and the literal secrets the test suite itself uses, read from its sources —
 * string constants named {@code *SECRET*}, {@code *MASTER*}, {@code *PEPPER*} or {@code *PASSWORD*},
 * the values given to {@code BB_*SECRET*}/{@code *MASTER*}/{@code *PEPPER*} settings, and the
 * provider-secret plaintexts ({@code "secret", "..."}) the keys tests store. Whole literals of at
 * least 8 characters count, and a literal followed by a clock reading ({@code "test-only-" +
 * System.nanoTime()}, the cluster TLS password) as that literal and digits; other computed values
 * are not known here.
 */
final class TestSecrets {

  /** A thing to look for: its name for the report (never the value) and how to find it. */
  record Needle(String name, Pattern pattern) {}

  private static final Pattern CONSTANT = Pattern.compile(
      "String\\s+(\\w*(?:SECRET|MASTER|PEPPER|PASSWORD)\\w*)\\s*=\\s*\"([^\"\\\\]{8,})\"\\s*;");
  private static final Pattern SETTING = Pattern.compile(
      "\"(BB_\\w*(?:SECRET|MASTER|PEPPER|PASSWORD)\\w*)\"\\s*,\\s*\"([^\"\\\\]{8,})\"");
  /** A constant made of a literal and a clock reading ({@code "test-only-" + System.nanoTime()}). */
  private static final Pattern CLOCK_SUFFIXED = Pattern.compile(
      "String\\s+(\\w*(?:SECRET|MASTER|PEPPER|PASSWORD)\\w*)\\s*=\\s*\"([^\"\\\\]{6,})\"\\s*\\+\\s*"
          + "System\\.(?:nanoTime|currentTimeMillis)\\(\\)");
  private static final Pattern PROVIDER_SECRET = Pattern.compile("\"secret\"\\s*,\\s*\"([^\"\\\\]{8,})\"");

  private TestSecrets() {}

  /** The credential shapes, then every literal secret of the test sources under {@code root}. */
  static List<Needle> needles(Path root) {
    List<Needle> out = new ArrayList<>(List.of(
        new Needle("a JWT", Pattern.compile("eyJ[A-Za-z0-9_-]{4,}\\.eyJ[A-Za-z0-9_-]{4,}\\.")),
        new Needle("a bbp_ access key", Pattern.compile("bbp_[A-Za-z0-9]{20,}")),
        new Needle("a PEM private key", Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----"))));
    literals(root).forEach((value, where) ->
        out.add(new Needle("the test secret " + where, Pattern.compile(Pattern.quote(value)))));
    clockSuffixed(root).forEach((prefix, where) ->
        out.add(new Needle("the test secret " + where, Pattern.compile(Pattern.quote(prefix) + "\\d{6,}"))));
    return out;
  }

  /** Each literal secret of the sources under {@code root}, with where it was first found (file and name). */
  static Map<String, String> literals(Path root) {
    return scan(root, false);
  }

  /** The literal prefixes of secrets completed by a clock reading, with where they were found. */
  static Map<String, String> clockSuffixed(Path root) {
    return scan(root, true);
  }

  private static Map<String, String> scan(Path root, boolean suffixed) {
    Map<String, String> found = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String src = Files.readString(file);
        String name = file.getFileName().toString().replace(".java", "");
        if (suffixed) {
          collect(CLOCK_SUFFIXED.matcher(src), 2, m -> name + "." + m.group(1), found);
          continue;
        }
        collect(CONSTANT.matcher(src), 2, m -> name + "." + m.group(1), found);
        collect(SETTING.matcher(src), 2, m -> name + " " + m.group(1), found);
        collect(PROVIDER_SECRET.matcher(src), 1, m -> name + " provider secret", found);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  private static void collect(Matcher m, int group, java.util.function.Function<Matcher, String> where,
      Map<String, String> found) {
    while (m.find()) {
      found.putIfAbsent(m.group(group), where.apply(m));
    }
  }
}
