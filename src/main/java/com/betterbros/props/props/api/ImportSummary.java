package com.betterbros.props.props.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * What one board import did (schema {@code ImportSummary}): props inserted ({@code imported}),
 * updated and unchanged, entries skipped by reason, and for a board with NBA props how its
 * players were matched to history and how many games it created (null otherwise).
 */
@DataObject
public final class ImportSummary implements JsonView {

  private final JsonObject json;

  public ImportSummary(JsonObject json) {
    this.json = json;
  }

  public String getPlatform() {
    return json.getString("platform");
  }

  public int getImported() {
    return json.getInteger("imported");
  }

  public int getUpdated() {
    return json.getInteger("updated");
  }

  public int getUnchanged() {
    return json.getInteger("unchanged");
  }

  public int getSkipped() {
    return json.getInteger("skipped");
  }

  /** combo, promo, non_standard_odds, unknown_stat_type, incomplete, invalid_line, duplicate. */
  public java.util.Map<String, Integer> getSkippedReasons() {
    JsonObject o = json.getJsonObject("skipped_reasons");
    if (o == null) {
      return null;
    }
    java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
    for (java.util.Map.Entry<String, Object> e : o) {
      out.put(e.getKey(), e.getValue() == null ? null : ((Number) e.getValue()).intValue());
    }
    return out;
  }

  public Integer getPlayersMatched() {
    return json.getInteger("players_matched");
  }

  public Integer getPlayersUnmatched() {
    return json.getInteger("players_unmatched");
  }

  public Integer getGamesCreated() {
    return json.getInteger("games_created");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
