package com.betterbros.props.eval;

import static com.betterbros.props.testing.Await.failure;
import static com.betterbros.props.testing.Await.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.store.Page;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@link BacktestRepository} contract, run against memory and PostgreSQL alike. */
abstract class BacktestRepositoryContract {

  static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

  protected BacktestRepository repo;

  protected abstract BacktestRepository freshRepository();

  @BeforeEach
  void setUp() {
    repo = freshRepository();
  }

  static BacktestRepository.Stored backtest(String id, String user, int minutes) {
    JsonObject doc = new JsonObject().put("id", id).put("roi", 0.125).put("profit", -3.5).put("roi_ci", null)
        .put("request", new JsonObject().put("strategy", "single_legs").put("platforms", new JsonArray().add("underdog")))
        .put("bankroll_curve", new JsonArray().add(new JsonObject().put("date", "2026-01-02").put("bankroll", 99.25)));
    return new BacktestRepository.Stored(id, user, T0.plusSeconds(60L * minutes), doc);
  }

  static List<JsonObject> bets(int n) {
    List<JsonObject> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new JsonObject().put("seq", i).put("stake", 1.5).put("payout", i % 2 == 0 ? 2.598 : 0.0)
          .put("legs", new JsonArray().add(new JsonObject().put("prop_id", "prizepicks:" + i).put("stat", null))));
    }
    return out;
  }

  @Test
  @DisplayName("a backtest and its bets round-trip, in book order, nulls kept, for its owner only")
  void roundTrip() {
    result(repo.save(backtest("b1", "alice", 0), bets(7)));
    BacktestRepository.Stored found = result(repo.find("b1", "alice"));
    assertThat(found.document()).isEqualTo(backtest("b1", "alice", 0).document());
    assertThat(found.createdAt()).isEqualTo(T0);
    assertThat(result(repo.find("b1", "bob"))).isNull();
    Page<JsonObject> page = result(repo.bets("b1", "alice", 3, 2));
    assertThat(page.total()).isEqualTo(7);
    assertThat(page.items()).containsExactlyElementsOf(bets(7).subList(2, 5));
    assertThat(result(repo.bets("b1", "bob", 10, 0))).isNull();
    assertThat(result(repo.bets("nope", "alice", 10, 0))).isNull();
  }

  @Test
  @DisplayName("the user's backtests, newest first; a duplicate id fails and changes nothing")
  void listAndDuplicates() {
    result(repo.save(backtest("b1", "alice", 0), bets(1)));
    result(repo.save(backtest("b2", "alice", 5), bets(2)));
    result(repo.save(backtest("b3", "bob", 9), bets(1)));
    Page<JsonObject> mine = result(repo.list("alice", 10, 0));
    assertThat(mine.total()).isEqualTo(2);
    assertThat(mine.items()).extracting(o -> o.getString("id")).containsExactly("b2", "b1");
    assertThat(result(repo.list("alice", 1, 1)).items()).extracting(o -> o.getString("id")).containsExactly("b1");
    assertThat(failure(repo.save(backtest("b1", "bob", 20), bets(3)))).isNotNull();
    assertThat(result(repo.find("b1", "alice"))).isNotNull();
    assertThat(result(repo.bets("b1", "alice", 10, 0)).total()).isEqualTo(1);
  }

  @Test
  @DisplayName("only the owner deletes, and the bets go with the backtest")
  void delete() {
    result(repo.save(backtest("b1", "alice", 0), bets(3)));
    assertThat(result(repo.delete("b1", "bob"))).isFalse();
    assertThat(result(repo.find("b1", "alice"))).isNotNull();
    assertThat(result(repo.delete("b1", "alice"))).isTrue();
    assertThat(result(repo.find("b1", "alice"))).isNull();
    assertThat(result(repo.bets("b1", "alice", 10, 0))).isNull();
    assertThat(result(repo.delete("b1", "alice"))).isFalse();
    result(repo.save(backtest("b1", "alice", 1), bets(2)));
    assertThat(result(repo.bets("b1", "alice", 10, 0)).total()).isEqualTo(2);
  }

  @Test
  @DisplayName("a null owner (an admin's request) finds, lists with user_id, pages bets of and deletes any user's backtest")
  void anyOwner() {
    result(repo.save(backtest("b1", "alice", 0), bets(2)));
    result(repo.save(backtest("b2", "bob", 5), bets(3)));
    assertThat(result(repo.find("b2", null)).userId()).isEqualTo("bob");
    Page<JsonObject> all = result(repo.list(null, 10, 0));
    assertThat(all.total()).isEqualTo(2);
    assertThat(all.items()).extracting(o -> o.getString("id")).containsExactly("b2", "b1");
    assertThat(all.items()).extracting(o -> o.getString("user_id")).containsExactly("bob", "alice");
    assertThat(result(repo.list("alice", 10, 0)).items()).extracting(o -> o.getString("user_id")).containsExactly("alice");
    assertThat(result(repo.bets("b2", null, 10, 0)).total()).isEqualTo(3);
    assertThat(result(repo.delete("b2", "alice"))).isFalse();
    assertThat(result(repo.delete("b2", null))).isTrue();
    assertThat(result(repo.find("b2", null))).isNull();
    assertThat(result(repo.bets("b2", null, 10, 0))).isNull();
  }
}
