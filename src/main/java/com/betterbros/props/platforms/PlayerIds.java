package com.betterbros.props.platforms;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Stable player identifiers derived from display names, so that the same player gets the same id on
 * every platform ("Nikola Jokić" on one, "Nikola Jokic" on another).
 */
public final class PlayerIds {

  /** Letters that Unicode decomposition does not reduce to an ASCII base letter. */
  private static final Map<Character, String> TRANSLITERATIONS = Map.ofEntries(
      Map.entry('ø', "o"), Map.entry('Ø', "o"),
      Map.entry('ł', "l"), Map.entry('Ł', "l"),
      Map.entry('đ', "d"), Map.entry('Đ', "d"),
      Map.entry('ð', "d"), Map.entry('Ð', "d"),
      Map.entry('æ', "ae"), Map.entry('Æ', "ae"),
      Map.entry('œ', "oe"), Map.entry('Œ', "oe"),
      Map.entry('þ', "th"), Map.entry('Þ', "th"),
      Map.entry('ß', "ss"), Map.entry('ı', "i"));

  private PlayerIds() {
  }

  /**
   * The slug of a display name: accents stripped (NFD, combining marks removed, a few letters
   * transliterated), lower-cased, every run of other characters turned into one '-', no leading or
   * trailing '-'. {@code "Nikola Jokić"} gives {@code "nikola-jokic"}, {@code "Jaime Jaquez Jr."}
   * gives {@code "jaime-jaquez-jr"}. A null or symbol-only name gives the empty string.
   */
  public static String slug(String name) {
    if (name == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder ascii = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      String replacement = TRANSLITERATIONS.get(c);
      ascii.append(replacement != null ? replacement : String.valueOf(c));
    }
    String lower = ascii.toString().toLowerCase(Locale.ROOT);
    StringBuilder slug = new StringBuilder(lower.length());
    boolean pendingDash = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!alnum) {
        pendingDash = true;
        continue;
      }
      if (pendingDash && !slug.isEmpty()) {
        slug.append('-');
      }
      pendingDash = false;
      slug.append(c);
    }
    return slug.toString();
  }
}
