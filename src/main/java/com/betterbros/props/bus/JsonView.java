package com.betterbros.props.bus;

import io.vertx.core.json.JsonObject;

/**
 * A bus contract type (a service's request or reply, a {@code @DataObject}): a typed view of the
 * JSON object it travels as. The JSON is the wire form documented in docs/EVENT-BUS.md and, for
 * replies, exactly the HTTP response body; the getters read it, request setters write it.
 */
public interface JsonView {

  /** The wire form (not a copy). */
  JsonObject toJson();
}
