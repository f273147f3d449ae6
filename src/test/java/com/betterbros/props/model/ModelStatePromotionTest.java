package com.betterbros.props.model;

import static com.betterbros.props.testing.Await.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.model.api.StoredModel;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A promotion event is only a hint: any cluster member can publish one, so the node reloads the
 * store's production record and never the model the event names.
 */
@DisplayName("A promotion event makes a node load the store's production model, never the one it names")
class ModelStatePromotionTest {

  /** The memory repository, recording which models were looked up by id. */
  private static final class Watched implements ModelRepository {
    final MemoryModelRepository store = new MemoryModelRepository();
    final List<String> found = new ArrayList<>();

    @Override
    public Future<Void> save(StoredModel model) {
      return store.save(model);
    }

    @Override
    public Future<StoredModel> find(String id) {
      found.add(id);
      return store.find(id);
    }

    @Override
    public Future<StoredModel> production() {
      return store.production();
    }

    @Override
    public Future<Void> promote(String id) {
      return store.promote(id);
    }

    @Override
    public Future<List<StoredModel>> list() {
      return store.list();
    }
  }

  @Test
  @DisplayName("an event naming a model that is not production loads nothing by that name")
  void forgedEventIgnored() {
    Watched repo = new Watched();
    result(repo.save(ModelRepositoryContract.model("m-real", 1)));
    result(repo.save(ModelRepositoryContract.model("m-forged", 2)));
    result(repo.promote("m-real"));
    ModelState state = new ModelState(repo, "local");
    result(state.followPromotion("m-forged"));
    assertThat(repo.found).doesNotContain("m-forged");
    // the test models carry another feature set than this build computes: not servable, so nothing is
    // served at all, and in particular not the forged one
    assertThat(state.current()).isNull();
  }
}
