package com.betterbros.props.security;

import com.betterbros.props.app.Node;
import com.betterbros.props.testing.TestNodes;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;

/** {@link OwnedResourcesContract} on an embedded node: the in-memory repositories. */
@DisplayName("Owned resources (memory): yours, 404 for others', and an admin's ?all=true and actions")
class OwnedResourcesAdminIT extends OwnedResourcesContract {

  @Override
  protected Node startNode() {
    return TestNodes.embedded(Map.of("BB_AUTH_MODE", "hs256", "BB_AUTH_HS256_SECRET", SECRET,
        "BB_SYNTH_DAYS", "20", "BB_RATELIMIT_ENABLED", "false"));
  }
}
