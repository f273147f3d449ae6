package com.betterbros.props.platforms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LenientTextTest {

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  @Test
  @DisplayName("The Underdog fixture's stray Latin-1 bytes decode to the letters they stand for")
  void decodesUnderdogFixture() {
    byte[] raw = Fixtures.bytes(Fixtures.UNDERDOG);
    String text = LenientText.decode(raw);

    assertThat(text).contains("Val: Galakticos vs. Fenerbahçe Esports");
    assertThat(text).contains("Ronald Acuña Jr. HRs O/U");
    assertThat(text).doesNotContain("\uFFFD");
    // Every other byte of the file is ASCII, so the decoded length equals the byte count.
    assertThat(text).hasSize(raw.length);
  }

  @Test
  @DisplayName("Valid UTF-8, including 2-, 3- and 4-byte sequences, decodes exactly as UTF-8")
  void validUtf8Unchanged() {
    String original = "Nikola Jokić — 24.5 pts € 🏀🔥 Fenerbahçe 𝄞 end";
    byte[] utf8 = original.getBytes(StandardCharsets.UTF_8);

    assertThat(LenientText.decode(utf8)).isEqualTo(original);
    assertThat(LenientText.decode(utf8).codePoints().filter(cp -> cp > 0xFFFF).count())
        .isEqualTo(3);
  }

  @Test
  @DisplayName("Random valid strings round-trip through UTF-8 unchanged (seed 42, 500 strings)")
  void randomRoundTrip() {
    Random random = new Random(42);
    for (int n = 0; n < 500; n++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(40);
      while (s.length() < length) {
        int cp = random.nextInt(0x110000);
        if (cp < 0xD800 || cp > 0xDFFF) {
          s.appendCodePoint(cp);
        }
      }
      String original = s.toString();
      assertThat(LenientText.decode(original.getBytes(StandardCharsets.UTF_8)))
          .isEqualTo(original);
    }
  }

  @Test
  @DisplayName("Invalid bytes are read one by one as Windows-1252, undefined ones as Latin-1")
  void invalidBytesAsWindows1252() {
    // 0x80 euro, 0x93/0x94 curly quotes, 0x81 undefined in cp1252, 0xE7 c-cedilla before ASCII.
    assertThat(LenientText.decode(bytes(0x80, 0x93, 'A', 0x94, 0x81, 0xE7, 'e')))
        .isEqualTo("€“A”\u0081çe");
    assertThat(LenientText.decode(bytes('a', 0xE2, 0x82))).isEqualTo("aâ‚");
  }

  @Test
  @DisplayName("Overlong forms, surrogates and code points above U+10FFFF are not UTF-8")
  void illFormedSequencesRejected() {
    assertThat(LenientText.decode(bytes(0xC0, 0xAF))).isEqualTo("À¯");
    assertThat(LenientText.decode(bytes(0xED, 0xA0, 0x80))).isEqualTo("í\u00A0€");
    assertThat(LenientText.decode(bytes(0xF4, 0x90, 0x80, 0x80))).isEqualTo("ô\u0090€€");
    assertThat(LenientText.decode(bytes(0xE0, 0x80, 0xAF))).isEqualTo("à€¯");
  }

  @Test
  @DisplayName("Mixed valid and invalid text keeps the valid multi-byte characters intact")
  void mixedValidAndInvalid() {
    byte[] valid = "Jokić ".getBytes(StandardCharsets.UTF_8);
    byte[] mixed = new byte[valid.length + 2];
    System.arraycopy(valid, 0, mixed, 0, valid.length);
    mixed[valid.length] = (byte) 0xF1;
    mixed[valid.length + 1] = 'a';

    assertThat(LenientText.decode(mixed)).isEqualTo("Jokić ña");
  }

  @Test
  @DisplayName("Null and empty input decode to the empty string")
  void nullAndEmpty() {
    assertThat(LenientText.decode(null)).isEmpty();
    assertThat(LenientText.decode(new byte[0])).isEmpty();
  }
}
