package com.betterbros.props.history;

import com.betterbros.props.history.core.EspnInjuries;
import com.betterbros.props.store.SaveCounts;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an ESPN sync has done so far: dates, games, box scores inserted / updated / already stored
 * as given, players created or updated, DNPs, rosters, injuries, and the first {@value #MAX_ERRORS}
 * errors (each names its date, event, team or source). Mutable; one sync at a time.
 */
final class SyncTally {

  static final int MAX_ERRORS = 100;

  int dates;
  int datesFetched;
  int games;
  int gamesFinal;
  int gamesScheduled;
  int gamesSkipped;
  int summaries;
  SaveCounts gameSaves = SaveCounts.NONE;
  SaveCounts stats = SaveCounts.NONE;
  int playersCreated;
  int playersUpdated;
  int teamsCreated;
  int dnp;
  int noStats;
  int rosters;
  int rosterPlayers;
  int injuriesReported;
  int injuriesStored;
  int injuriesUnresolved;
  JsonObject injurySaves = new JsonObject().put("inserted", 0).put("updated", 0).put("unchanged", 0);
  final Map<String, Integer> injuriesNotStored = new TreeMap<>();
  /** Whether any ESPN request succeeded (a sync with none fails). */
  boolean fetchedAny;
  private int errorsTotal;
  private final List<JsonObject> errors = new ArrayList<>();

  /** Records an error: {@code where} is "date", "event", "team", "injury" or "source". */
  void error(String where, String what, String message) {
    errorsTotal++;
    if (errors.size() < MAX_ERRORS) {
      errors.add(new JsonObject().put(where, what).put("message", message));
    }
  }

  int errorCount() {
    return errorsTotal;
  }

  /** The first error's message, for a job that fails. */
  String firstError() {
    return errors.isEmpty() ? "nothing was fetched" : errors.get(0).getString("message");
  }

  /** Whether the sync changed the history or the injuries (then an event is published). */
  boolean changed() {
    return stats.inserted() + stats.updated() + gameSaves.inserted() + gameSaves.updated() + playersCreated
        + playersUpdated + injurySaves.getInteger("inserted") + injurySaves.getInteger("updated") > 0;
  }

  JsonObject toJson() {
    return new JsonObject()
        .put("dates", dates)
        .put("dates_fetched", datesFetched)
        .put("games", games)
        .put("games_final", gamesFinal)
        .put("games_scheduled", gamesScheduled)
        .put("games_skipped", gamesSkipped)
        .put("games_saved", counts(gameSaves))
        .put("summaries", summaries)
        .put("box_scores", counts(stats))
        .put("players_created", playersCreated)
        .put("players_updated", playersUpdated)
        .put("teams_created", teamsCreated)
        .put("dnp", dnp)
        .put("no_stats", noStats)
        .put("rosters", new JsonObject().put("fetched", rosters).put("players", rosterPlayers))
        .put("injuries", new JsonObject()
            .put("reported", injuriesReported)
            .put("stored", injuriesStored)
            .put("inserted", injurySaves.getInteger("inserted"))
            .put("updated", injurySaves.getInteger("updated"))
            .put("unchanged", injurySaves.getInteger("unchanged"))
            .put("not_stored", new JsonObject(new TreeMap<String, Object>(injuriesNotStored)))
            .put("unresolved", injuriesUnresolved)
            .put("rule", EspnInjuries.RULE))
        .put("errors", new JsonArray(List.copyOf(errors)))
        .put("errors_total", errorsTotal)
        .put("errors_truncated", errorsTotal > errors.size());
  }

  private static JsonObject counts(SaveCounts c) {
    return new JsonObject().put("imported", c.inserted()).put("updated", c.updated()).put("unchanged", c.unchanged());
  }
}
