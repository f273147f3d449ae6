package com.betterbros.props.history;

import static com.betterbros.props.testing.Await.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.history.core.Identity;
import com.betterbros.props.history.core.UnmatchedPlayer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@link IdentityRepository} contract, run against memory and PostgreSQL alike. */
abstract class IdentityRepositoryContract {

  static final Instant AT = Instant.parse("2024-11-15T12:00:00Z").truncatedTo(ChronoUnit.MICROS);

  protected IdentityRepository repo;

  protected abstract IdentityRepository freshRepository();

  @BeforeEach
  void setUp() {
    repo = freshRepository();
  }

  static Identity player(String source, String externalId, String id, String method) {
    return new Identity(Identity.PLAYER, source, externalId, id, method, AT);
  }

  @Test
  @DisplayName("links are looked up by kind and source; the first link of an external id wins")
  void firstLinkWins() {
    assertThat(result(repo.record(List.of(player("nba", "2544", "lebron-james", "created"),
        player("nba", "203999", "nikola-jokic", "created"), player("prizepicks", "219164", "lebron-james", "name")))))
        .isEqualTo(3);
    assertThat(result(repo.record(List.of(player("nba", "2544", "someone-else", "created"))))).isZero();
    assertThat(result(repo.lookup(Identity.PLAYER, "nba", List.of("2544", "203999", "404"))))
        .isEqualTo(Map.of("2544", "lebron-james", "203999", "nikola-jokic"));
    assertThat(result(repo.lookup(Identity.GAME, "nba", List.of("2544")))).isEmpty();
    assertThat(result(repo.all(Identity.PLAYER, "nba"))).hasSize(2);
    assertThat(result(repo.linked(Identity.PLAYER))).containsExactlyInAnyOrder("lebron-james", "nikola-jokic");
    assertThat(result(repo.of(Identity.PLAYER, "lebron-james"))).containsExactly(
        player("nba", "2544", "lebron-james", "created"), player("prizepicks", "219164", "lebron-james", "name"));
  }

  @Test
  @DisplayName("a manual relink replaces the earlier link of that id")
  void relink() {
    result(repo.record(List.of(player("prizepicks", "9", "wrong-guy", "name"))));
    result(repo.relink(player("prizepicks", "9", "right-guy", "manual")));
    assertThat(result(repo.lookup(Identity.PLAYER, "prizepicks", List.of("9")))).containsEntry("9", "right-guy");
    assertThat(result(repo.of(Identity.PLAYER, "right-guy")).get(0).method()).isEqualTo("manual");
  }

  @Test
  @DisplayName("unmatched players are replaced per source, listed by props then name, and cleared one by one")
  void unmatched() {
    result(repo.replaceUnmatched("prizepicks", List.of(
        new UnmatchedPlayer("prizepicks", "bones hyland", "Bones Hyland", "LAC", "no_history_match", 3, AT),
        new UnmatchedPlayer("prizepicks", "a b", "A B", null, "ambiguous: a-b, a-b-2", 7, AT))));
    result(repo.replaceUnmatched("underdog", List.of(
        new UnmatchedPlayer("underdog", "c d", "C D", "DEN", "no_history_match", 3, AT))));
    assertThat(result(repo.unmatched(null, 10, 0)).items()).extracting(UnmatchedPlayer::nameKey)
        .containsExactly("a b", "bones hyland", "c d");
    assertThat(result(repo.unmatched("underdog", 10, 0)).total()).isEqualTo(1);
    result(repo.replaceUnmatched("prizepicks", List.of(
        new UnmatchedPlayer("prizepicks", "bones hyland", "Bones Hyland", "LAC", "no_history_match", 4, AT))));
    assertThat(result(repo.unmatched("prizepicks", 10, 0)).items()).containsExactly(
        new UnmatchedPlayer("prizepicks", "bones hyland", "Bones Hyland", "LAC", "no_history_match", 4, AT));
    result(repo.clearUnmatched("prizepicks", "bones hyland"));
    assertThat(result(repo.unmatched(null, 10, 0)).total()).isEqualTo(1);
  }
}
