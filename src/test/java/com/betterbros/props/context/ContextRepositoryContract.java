package com.betterbros.props.context;

import static com.betterbros.props.testing.Await.failure;
import static com.betterbros.props.testing.Await.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.context.core.Injury;
import com.betterbros.props.store.SaveCounts;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@link ContextRepository} contract, run against memory and PostgreSQL alike. */
abstract class ContextRepositoryContract {

  private static final LocalDate JAN_5 = LocalDate.parse("2025-01-05");
  private static final LocalDate JAN_10 = LocalDate.parse("2025-01-10");
  private static final LocalDate JAN_20 = LocalDate.parse("2025-01-20");

  private static final Injury MURRAY = new Injury("jamal-murray", "Jamal Murray", "DEN",
      JAN_5, JAN_10, "out", "left hamstring strain");
  private static final Injury JOKIC = new Injury("nikola-jokic", "Nikola Jokić", "DEN",
      JAN_10, JAN_10, "questionable", null);
  private static final Injury LEBRON = new Injury("lebron-james", "LeBron James", "LAL",
      JAN_5, JAN_20, "out", "foot soreness");

  protected ContextRepository repo;

  /** An empty repository; called before each test. */
  protected abstract ContextRepository freshRepository();

  @BeforeEach
  void setUp() {
    repo = freshRepository();
  }

  @Test
  @DisplayName("Every field of an injury survives a round trip, a null description included")
  void injuryRoundTrip() {
    result(repo.saveInjuries(List.of(JOKIC, MURRAY)));
    assertThat(result(repo.injuries(null, null))).containsExactly(MURRAY, JOKIC);
  }

  @Test
  @DisplayName("Injuries are filtered by team and by a date the spell covers, both ends inclusive")
  void injuryFilters() {
    result(repo.saveInjuries(List.of(LEBRON, JOKIC, MURRAY)));
    assertThat(result(repo.injuries(null, null))).containsExactly(MURRAY, LEBRON, JOKIC);
    assertThat(result(repo.injuries("DEN", null))).containsExactly(MURRAY, JOKIC);
    assertThat(result(repo.injuries(null, JAN_5))).containsExactly(MURRAY, LEBRON);
    assertThat(result(repo.injuries(null, JAN_10))).containsExactly(MURRAY, LEBRON, JOKIC);
    assertThat(result(repo.injuries(null, JAN_10.plusDays(1)))).containsExactly(LEBRON);
    assertThat(result(repo.injuries(null, JAN_5.minusDays(1)))).isEmpty();
    assertThat(result(repo.injuries("DEN", JAN_20))).isEmpty();
    assertThat(result(repo.injuries("LAL", JAN_20))).containsExactly(LEBRON);
    assertThat(result(repo.injuries("BOS", null))).isEmpty();
  }

  @Test
  @DisplayName("An injury saved again with the same player and start date replaces the spell")
  void injuryUpsert() {
    assertThat(result(repo.saveInjuries(List.of(MURRAY)))).isEqualTo(new SaveCounts(1, 0, 0));
    Injury extended = new Injury("jamal-murray", "Jamal Murray", "DEN", JAN_5, JAN_20,
        "doubtful", "left hamstring strain, setback");
    Injury later = new Injury("jamal-murray", "Jamal Murray", "DEN", JAN_20.plusDays(5),
        JAN_20.plusDays(9), "out", "ankle");
    assertThat(result(repo.saveInjuries(List.of(extended, later)))).isEqualTo(new SaveCounts(1, 1, 0));
    assertThat(result(repo.injuries("DEN", null))).containsExactly(extended, later);
    assertThat(result(repo.saveInjuries(List.of(later, extended)))).as("the same again")
        .isEqualTo(new SaveCounts(0, 0, 2));
  }

  @Test
  @DisplayName("A batch with an invalid injury fails as a whole")
  void invalidInjuryFailsAtomically() {
    Injury backwards = new Injury("x", "X", "DEN", JAN_10, JAN_5, "out", null);
    Injury noPlayer = new Injury(null, "X", "DEN", JAN_5, JAN_10, "out", null);
    Injury noEnd = new Injury("x", "X", "DEN", JAN_5, null, "out", null);
    for (Injury bad : List.of(backwards, noPlayer, noEnd)) {
      assertThat(failure(repo.saveInjuries(List.of(MURRAY, bad))))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(result(repo.injuries(null, null))).isEmpty();
  }

  @Test
  @DisplayName("A context document round-trips, is replaced by a later save, and kinds are separate")
  void contextRoundTripAndReplace() {
    JsonObject weather = new JsonObject()
        .put("game_id", "g1")
        .put("temperature_c", -3.5)
        .put("wind_kph", 12)
        .put("indoor", true)
        .put("note", (String) null)
        .put("hourly", new JsonArray().add(1.25).add(new JsonObject().put("rain", false)));
    result(repo.saveContext("weather", "g1", weather));
    assertThat(result(repo.context("weather", "g1"))).isEqualTo(weather);

    JsonObject replaced = new JsonObject().put("game_id", "g1").put("temperature_c", 4.0);
    result(repo.saveContext("weather", "g1", replaced));
    assertThat(result(repo.context("weather", "g1"))).isEqualTo(replaced);

    result(repo.saveContext("team_stats", "g1", new JsonObject().put("pace", 99.5)));
    assertThat(result(repo.context("weather", "g1"))).isEqualTo(replaced);
    assertThat(result(repo.context("team_stats", "g1")).getDouble("pace")).isEqualTo(99.5);
  }

  @Test
  @DisplayName("The stored document does not change when the caller's objects do")
  void contextIsNotAliased() {
    JsonObject doc = new JsonObject().put("wind_kph", 12);
    result(repo.saveContext("weather", "g1", doc));
    doc.put("wind_kph", 99);
    result(repo.context("weather", "g1")).put("wind_kph", 77);
    assertThat(result(repo.context("weather", "g1")).getInteger("wind_kph")).isEqualTo(12);
  }

  @Test
  @DisplayName("An unknown document is null and a document without kind, key or payload is refused")
  void contextUnknownAndInvalid() {
    assertThat(result(repo.context("weather", "nope"))).isNull();
    assertThat(failure(repo.saveContext(null, "g1", new JsonObject())))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(failure(repo.saveContext("weather", null, new JsonObject())))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(failure(repo.saveContext("weather", "g1", null)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(result(repo.context("weather", "g1"))).isNull();
  }
}
