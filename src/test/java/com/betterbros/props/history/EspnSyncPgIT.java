package com.betterbros.props.history;

import com.betterbros.props.app.Node;
import com.betterbros.props.store.TestDatabase;
import com.betterbros.props.testing.TestNodes;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;

@DisplayName("ESPN sync on a PostgreSQL node, from replayed ESPN responses")
class EspnSyncPgIT extends EspnSyncIT {

  @Override
  protected Node start(Map<String, String> env) {
    Map<String, String> all = new HashMap<>(env);
    all.put("BB_STORE", "postgres");
    all.put("BB_PG_URL", TestDatabase.freshDatabase("betterbros_test_espn"));
    return TestNodes.embedded(all);
  }
}
