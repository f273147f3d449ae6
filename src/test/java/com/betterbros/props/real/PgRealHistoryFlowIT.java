package com.betterbros.props.real;

import com.betterbros.props.app.Node;
import com.betterbros.props.store.TestDatabase;
import com.betterbros.props.testing.TestNodes;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Real data on a PostgreSQL node: box scores, board, model, predictions")
class PgRealHistoryFlowIT extends RealHistoryFlowContract {

  @Override
  protected Node start(Map<String, String> env) {
    Map<String, String> all = new HashMap<>(env);
    all.put("BB_STORE", "postgres");
    all.put("BB_PG_URL", TestDatabase.freshDatabase("betterbros_test_real_flow"));
    return TestNodes.embedded(all);
  }
}
