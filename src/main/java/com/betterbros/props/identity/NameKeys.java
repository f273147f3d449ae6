package com.betterbros.props.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The matching key of a player's name: accents stripped (NFD, marks removed, a few letters
 * transliterated), lower case, apostrophes and periods dropped ("Nah'Shon" = "Nahshon",
 * "P.J." = "PJ"), every other run of non-letters one space, and the generational suffixes Jr, Sr,
 * II, III, IV and V removed. Known alternative names (nicknames, "Bones" for "Nah'Shon") come from
 * the data file {@value #ALIASES}: {@link #keys} gives every key a name is known by.
 */
public final class NameKeys {

  static final String ALIASES = "/identity/name-aliases.csv";
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "v");
  private static final Map<Character, String> TRANSLITERATIONS = Map.ofEntries(
      Map.entry('ø', "o"), Map.entry('ł', "l"), Map.entry('đ', "d"), Map.entry('ð', "d"),
      Map.entry('æ', "ae"), Map.entry('œ', "oe"), Map.entry('þ', "th"), Map.entry('ß', "ss"),
      Map.entry('ı', "i"));
  /** Key -> the keys of the same person's other names (symmetric, from the data file). */
  private static final Map<String, Set<String>> ALTERNATIVES = load();

  private NameKeys() {}

  /** The key of a name; "" for a null or symbol-only name. */
  public static String of(String name) {
    if (name == null) {
      return "";
    }
    String lower = Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
    StringBuilder ascii = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\'' || c == '’' || c == '`' || c == '.') {
        continue;
      }
      String t = TRANSLITERATIONS.get(c);
      ascii.append(t != null ? t : (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? String.valueOf(c) : " ");
    }
    StringBuilder key = new StringBuilder();
    for (String token : ascii.toString().trim().split("\\s+")) {
      if (token.isEmpty() || SUFFIXES.contains(token)) {
        continue;
      }
      key.append(key.isEmpty() ? "" : " ").append(token);
    }
    return key.toString();
  }

  /** The name's key and the keys of its known alternative names. */
  public static Set<String> keys(String name) {
    String key = of(name);
    Set<String> out = new LinkedHashSet<>();
    out.add(key);
    out.addAll(ALTERNATIVES.getOrDefault(key, Set.of()));
    return out;
  }

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> out = new HashMap<>();
    try (InputStream in = NameKeys.class.getResourceAsStream(ALIASES)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + ALIASES);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#") || line.equals("alias,name")) {
          continue;
        }
        String[] parts = line.split(",", -1);
        if (parts.length != 2) {
          throw new IllegalStateException(ALIASES + ": bad line '" + line + "'");
        }
        String a = of(parts[0]);
        String b = of(parts[1]);
        out.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(b);
        out.computeIfAbsent(b, k -> new LinkedHashSet<>()).add(a);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
