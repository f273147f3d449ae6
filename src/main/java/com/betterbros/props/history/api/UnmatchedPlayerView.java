package com.betterbros.props.history.api;

import com.betterbros.props.bus.JsonView;
import com.betterbros.props.history.core.UnmatchedPlayer;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * A board player no history player could be tied to (schema {@code UnmatchedPlayer}). {@code team}
 * is null when the board gives none.
 */
@DataObject
public final class UnmatchedPlayerView implements JsonView {

  private final JsonObject json;

  public UnmatchedPlayerView(JsonObject json) {
    this.json = json;
  }

  public static UnmatchedPlayerView of(UnmatchedPlayer u) {
    return new UnmatchedPlayerView(new JsonObject()
        .put("source", u.source()).put("name", u.name()).put("name_key", u.nameKey()).put("team", u.team())
        .put("reason", u.reason()).put("props", u.props()).put("last_seen", u.lastSeen().toString()));
  }

  /** The platform. */
  public String getSource() {
    return json.getString("source");
  }

  /** As the latest board writes it. */
  public String getName() {
    return json.getString("name");
  }

  /** The normalised name it is keyed by. */
  public String getNameKey() {
    return json.getString("name_key");
  }

  public String getTeam() {
    return json.getString("team");
  }

  /** no_history_match, or ambiguous: id1, id2, ... */
  public String getReason() {
    return json.getString("reason");
  }

  /** Props of the latest board that named him. */
  public int getProps() {
    return json.getInteger("props");
  }

  /** When that board was imported (ISO-8601 UTC). */
  public String getLastSeen() {
    return json.getString("last_seen");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
