package com.betterbros.props.props;

import static com.betterbros.props.props.PropFixtures.SEEN;
import static com.betterbros.props.props.PropFixtures.board;
import static com.betterbros.props.props.PropFixtures.prop;
import static com.betterbros.props.testing.Await.failure;
import static com.betterbros.props.testing.Await.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.props.core.Prop;
import com.betterbros.props.props.core.PropQuery;
import com.betterbros.props.props.core.UpsertCounts;
import com.betterbros.props.store.PgTestStore;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("PgPropRepository honours the PropRepository contract on a real PostgreSQL")
class PgPropRepositoryIT extends PropRepositoryContract {

  private static PgTestStore db;

  @BeforeAll
  static void openDatabase() {
    db = PgTestStore.open("betterbros_test_store");
  }

  @AfterAll
  static void closeDatabase() {
    db.close();
  }

  @Override
  protected PropRepository freshRepository() {
    db.truncate();
    return new PgPropRepository(db.pool());
  }

  @Test
  @DisplayName("A failure inside the transaction, after the props were written, rolls all of it back")
  void rollsBackOnDatabaseFailure() {
    result(repo.upsert(List.of(prop("1")), SEEN));
    String function = "CREATE FUNCTION reject_history() RETURNS trigger LANGUAGE plpgsql AS"
        + " $$ BEGIN RAISE EXCEPTION 'history rejected'; END $$";
    result(db.pool().query(function).execute());
    result(db.pool().query("CREATE TRIGGER reject_history BEFORE INSERT ON prop_line_history"
        + " FOR EACH ROW EXECUTE FUNCTION reject_history()").execute());
    try {
      List<Prop> feed = List.of(prop("1", d -> d.line = 30.5), prop("2"), prop("3"));
      assertThat(failure(repo.upsert(feed, SEEN.plusSeconds(60))))
          .hasMessageContaining("history rejected");
    } finally {
      result(db.pool().query("DROP TRIGGER reject_history ON prop_line_history").execute());
      result(db.pool().query("DROP FUNCTION reject_history()").execute());
    }
    assertThat(result(repo.findById("prizepicks:1")).line()).isEqualTo(24.5);
    assertThat(result(repo.findById("prizepicks:2"))).isNull();
    assertThat(result(repo.find(PropQuery.all(10, 0))).total()).isEqualTo(1);
  }

  @Test
  @DisplayName("Concurrent imports of the same new feed insert each prop once and never fail")
  void concurrentUpsertsAreSerialised() {
    var first = repo.upsert(board(), SEEN);
    var second = repo.upsert(board(), SEEN);
    UpsertCounts a = result(first);
    UpsertCounts b = result(second);
    assertThat(a.inserted() + b.inserted()).isEqualTo(6);
    assertThat(a.unchanged() + b.unchanged()).isEqualTo(6);
    assertThat(result(repo.lineHistory("prizepicks:1"))).hasSize(1);
  }
}
