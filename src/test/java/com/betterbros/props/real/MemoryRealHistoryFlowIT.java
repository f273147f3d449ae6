package com.betterbros.props.real;

import com.betterbros.props.app.Node;
import com.betterbros.props.testing.TestNodes;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Real data on an embedded node (memory store): box scores, board, model, predictions")
class MemoryRealHistoryFlowIT extends RealHistoryFlowContract {

  @Override
  protected Node start(Map<String, String> env) {
    return TestNodes.embedded(env);
  }
}
