package com.betterbros.props.history;

import com.betterbros.props.history.core.GameLogParser;
import com.betterbros.props.store.SaveCounts;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * What an import has done so far: lines read, box scores inserted / updated / already stored as
 * given, lines skipped, the first {@value #MAX_ERRORS} errors, and the players, games and teams it
 * created. Mutable; one job at a time.
 */
final class ImportTally {

  static final int MAX_ERRORS = 100;

  long rows;
  long skipped;
  SaveCounts stats = SaveCounts.NONE;
  int playersCreated;
  int gamesCreated;
  int teamsCreated;
  /** The earliest date of a row with teams (where rest days are recomputed from), or null. */
  java.time.LocalDate earliestTeamGame;
  private final List<GameLogParser.RowError> errors = new ArrayList<>();

  void error(GameLogParser.RowError e) {
    skipped++;
    if (errors.size() < MAX_ERRORS) {
      errors.add(e);
    }
  }

  JsonObject toJson() {
    JsonArray list = new JsonArray();
    errors.forEach(e -> list.add(new JsonObject().put("line", e.line()).put("column", e.column())
        .put("message", e.message())));
    return new JsonObject()
        .put("rows", rows)
        .put("imported", stats.inserted())
        .put("updated", stats.updated())
        .put("unchanged", stats.unchanged())
        .put("skipped", skipped)
        .put("errors", list)
        .put("errors_truncated", skipped > errors.size())
        .put("players_created", playersCreated)
        .put("games_created", gamesCreated)
        .put("teams_created", teamsCreated);
  }
}
