package com.betterbros.props.platforms;

/**
 * Decodes feed bytes that are meant to be UTF-8 but sometimes are not.
 *
 * <p>Real platform responses occasionally carry single Latin-1 / Windows-1252 bytes inside an
 * otherwise UTF-8 body (the Underdog fixture has {@code Fenerbah\xe7e}). A strict decoder
 * rejects the whole body and the JDK's replacing decoder turns those letters into U+FFFD. This
 * decoder keeps every well-formed UTF-8 sequence as is and decodes each byte of an ill-formed
 * sequence on its own as Windows-1252, so nothing is lost and nothing throws.
 *
 * <p>Well-formedness follows the Unicode Standard, chapter 3, Table 3-7 ("Well-Formed UTF-8 Byte
 * Sequences"): overlong forms, UTF-16 surrogates (U+D800..U+DFFF) and code points above U+10FFFF
 * are ill-formed. The Windows-1252 mapping of 0x80..0x9F is the WHATWG Encoding Standard index;
 * the five bytes it leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) fall back to Latin-1.
 */
public final class LenientText {

  /** Windows-1252 code points for bytes 0x80..0x9F; other bytes equal their Latin-1 value. */
  private static final char[] CP1252_80_9F = {
      '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
      '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
      '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
      '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178'};

  private LenientText() {
  }

  /**
   * Decodes {@code bytes} as UTF-8 where they are well-formed and byte-by-byte as Windows-1252
   * where they are not. Never throws; {@code null} decodes to the empty string.
   */
  public static String decode(byte[] bytes) {
    if (bytes == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(bytes.length);
    int i = 0;
    while (i < bytes.length) {
      int b0 = bytes[i] & 0xFF;
      if (b0 < 0x80) {
        out.append((char) b0);
        i++;
        continue;
      }
      int length = wellFormedLength(bytes, i);
      if (length == 0) {
        out.append(windows1252(b0));
        i++;
        continue;
      }
      out.appendCodePoint(codePoint(bytes, i, length));
      i += length;
    }
    return out.toString();
  }

  /** The length (2..4) of the well-formed UTF-8 sequence starting at {@code i}, or 0 if none. */
  private static int wellFormedLength(byte[] bytes, int i) {
    int b0 = bytes[i] & 0xFF;
    int length;
    int lo = 0x80;
    int hi = 0xBF;
    // Table 3-7: the second byte's range depends on the lead byte; later bytes are 80..BF.
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      length = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      length = 3;
      if (b0 == 0xE0) {
        lo = 0xA0; // no overlong 3-byte forms
      } else if (b0 == 0xED) {
        hi = 0x9F; // no surrogates
      }
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      length = 4;
      if (b0 == 0xF0) {
        lo = 0x90; // no overlong 4-byte forms
      } else if (b0 == 0xF4) {
        hi = 0x8F; // nothing above U+10FFFF
      }
    } else {
      return 0; // 80..C1 and F5..FF never start a sequence
    }
    if (i + length > bytes.length) {
      return 0;
    }
    int b1 = bytes[i + 1] & 0xFF;
    if (b1 < lo || b1 > hi) {
      return 0;
    }
    for (int k = 2; k < length; k++) {
      int bk = bytes[i + k] & 0xFF;
      if (bk < 0x80 || bk > 0xBF) {
        return 0;
      }
    }
    return length;
  }

  private static int codePoint(byte[] bytes, int i, int length) {
    int b0 = bytes[i] & 0xFF;
    int cp = switch (length) {
      case 2 -> b0 & 0x1F;
      case 3 -> b0 & 0x0F;
      default -> b0 & 0x07;
    };
    for (int k = 1; k < length; k++) {
      cp = (cp << 6) | (bytes[i + k] & 0x3F);
    }
    return cp;
  }

  private static char windows1252(int b) {
    return b >= 0x80 && b <= 0x9F ? CP1252_80_9F[b - 0x80] : (char) b;
  }
}
