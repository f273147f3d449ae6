package com.betterbros.props.optimize.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.File;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Payout tables")
class PayoutTablesTest {

  private static final String BUNDLED = "payouts/2025-01-01.json";
  private static final String LATER = "payouts-test/2026-07-01.json";

  private static PayoutTable table(PayoutVersion v, String platform, String mode, int legs) {
    return v.table(platform, mode, legs).orElseThrow();
  }

  @Test
  @DisplayName("the bundled version has exactly the published PrizePicks and Underdog tables")
  void bundledTables() {
    PayoutVersion v = PayoutTables.bundled().current(LocalDate.of(2025, 6, 1));
    assertThat(v.version()).isEqualTo("2025-01-01");
    assertThat(v.effectiveDate()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(v.source()).contains("PrizePicks").contains("Underdog");
    double[] power = {3, 5, 10, 20, 37.5};
    for (int n = 2; n <= 6; n++) {
      assertThat(table(v, "prizepicks", "power", n).multipliers()).containsExactly(entry(n, power[n - 2]));
    }
    assertThat(table(v, "prizepicks", "flex", 3).multipliers()).containsExactly(entry(2, 1.25), entry(3, 2.25));
    assertThat(table(v, "prizepicks", "flex", 4).multipliers()).containsExactly(entry(3, 1.5), entry(4, 5.0));
    assertThat(table(v, "prizepicks", "flex", 5).multipliers())
        .containsExactly(entry(3, 0.4), entry(4, 2.0), entry(5, 10.0));
    assertThat(table(v, "prizepicks", "flex", 6).multipliers())
        .containsExactly(entry(4, 0.4), entry(5, 2.0), entry(6, 25.0));
    double[] standard = {3, 6, 10, 20};
    for (int n = 2; n <= 5; n++) {
      assertThat(table(v, "underdog", "standard", n).multipliers()).containsExactly(entry(n, standard[n - 2]));
    }
    assertThat(table(v, "underdog", "insured", 3).multipliers()).containsExactly(entry(2, 1.0), entry(3, 3.0));
    assertThat(table(v, "underdog", "insured", 4).multipliers()).containsExactly(entry(3, 1.5), entry(4, 6.0));
    assertThat(table(v, "underdog", "insured", 5).multipliers()).containsExactly(entry(4, 2.5), entry(5, 10.0));
    assertThat(v.tables()).hasSize(5 + 4 + 4 + 3);
    assertThat(v.table("underdog", "standard", 6)).isEmpty();
    assertThat(v.platforms()).containsExactly("prizepicks", "underdog");
    assertThat(v.modes("prizepicks")).containsExactly("flex", "power");
    assertThat(v.legs("prizepicks", "flex")).containsExactly(3, 4, 5, 6);
  }

  @Test
  @DisplayName("a table lists hits to multiplier: unlisted hits pay 0, and only power-like tables are all-or-nothing")
  void tableShape() {
    PayoutVersion v = PayoutTables.bundled().current(LocalDate.of(2025, 6, 1));
    PayoutTable flex5 = table(v, "prizepicks", "flex", 5);
    assertThat(flex5.byHits()).containsExactly(0, 0, 0, 0.4, 2, 10);
    assertThat(flex5.multiplier(2)).isZero();
    assertThat(flex5.allOrNothing()).isFalse();
    assertThat(table(v, "underdog", "standard", 4).allOrNothing()).isTrue();
  }

  @Test
  @DisplayName("a later version file becomes current on its effective date, with no code change")
  void laterVersionBecomesCurrent() {
    PayoutTables tables = PayoutTables.load(List.of(LATER, BUNDLED));
    assertThat(tables.versions()).extracting(PayoutVersion::version).containsExactly("2025-01-01", "2026-07-01");
    assertThat(tables.current(LocalDate.of(2026, 6, 30)).version()).isEqualTo("2025-01-01");
    PayoutVersion later = tables.current(LocalDate.of(2026, 7, 1));
    assertThat(later.version()).isEqualTo("2026-07-01");
    assertThat(table(later, "prizepicks", "power", 6).multiplier(6)).isEqualTo(40);
    assertThat(table(later, "underdog", "standard", 6).multiplier(6)).isEqualTo(35);
    assertThat(later.modes("prizepicks")).containsExactly("power");
    assertThatThrownBy(() -> tables.current(LocalDate.of(2024, 12, 31)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("2024-12-31");
  }

  @Test
  @DisplayName("a malformed or clashing file fails the load naming the file")
  void badFiles() {
    assertThatThrownBy(() -> PayoutTables.load(List.of("payouts-test/bad-hits.json")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("payouts-test/bad-hits.json").hasMessageContaining("hits must be in 0..3");
    assertThatThrownBy(() -> PayoutTables.load(List.of(BUNDLED, "payouts-test/same-date.json")))
        .hasMessageContaining("payouts-test/same-date.json").hasMessageContaining("already taken");
    assertThatThrownBy(() -> PayoutTables.load(List.of("payouts-test/missing.json")))
        .hasMessageContaining("no such classpath resource");
  }

  @Test
  @DisplayName("the index lists every version file in the payouts folder")
  void indexListsEveryFile() throws URISyntaxException {
    File folder = new File(Objects.requireNonNull(getClass().getClassLoader().getResource("payouts")).toURI());
    String[] files = Objects.requireNonNull(folder.list((dir, name) -> name.endsWith(".json") && !name.equals("index.json")));
    List<String> listed = PayoutTables.bundled().versions().stream().map(v -> v.version() + ".json").toList();
    assertThat(listed).containsExactlyInAnyOrderElementsOf(Arrays.asList(files));
  }
}
