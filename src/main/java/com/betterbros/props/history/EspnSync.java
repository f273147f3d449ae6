package com.betterbros.props.history;

import com.betterbros.props.context.api.ContextService;
import com.betterbros.props.espn.EspnClient;
import com.betterbros.props.history.core.EspnInjuries;
import com.betterbros.props.history.core.Identity;
import com.betterbros.props.history.core.Player;
import com.betterbros.props.history.core.PlayerDirectory;
import com.betterbros.props.history.core.Team;
import com.betterbros.props.store.SaveCounts;
import io.vertx.core.Future;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * One ESPN sync of a date range into the history (source "espn"), run to its end:
 *
 * <ol>
 *   <li>each date in turn ({@link EspnSyncDay}): the scoreboard gives the games (canonical id,
 *       sides, start, status, final scores; the event id is recorded as the game's ESPN identity),
 *       and each final game's summary gives its box scores, players resolved by the identity rule
 *       ({@link PlayerDirectory}, ESPN athlete ids) and its pace when derivable;
 *   <li>the rosters of every team seen ({@link EspnSyncTeams}) update players' team and position;
 *   <li>the current injury report, once, goes to the context service on the bus (rule:
 *       {@link EspnInjuries});
 *   <li>the rest days of every touched team are recomputed.
 * </ol>
 *
 * An ESPN failure (a scoreboard, a summary, a roster, the injury report: after the client's
 * retries) is an error entry of the result, never the end of the sync; a store failure ends it.
 * Every save merges, so running it again changes nothing. Not thread-safe: one run per instance.
 */
final class EspnSync {

  static final String SOURCE = "espn";

  final EspnClient espn;
  final HistoryRepository history;
  final IdentityRepository identities;
  final ContextService context;
  final Instant now = Instant.now();
  final SyncTally tally = new SyncTally();
  /** ESPN team id -> {ESPN abbreviation, canonical code}, in the order seen. */
  final Map<String, String[]> teamsSeen = new LinkedHashMap<>();
  final Set<String> touchedTeams = new HashSet<>();
  final Set<String> storedTeams = new HashSet<>();
  private final LocalDate today;
  PlayerDirectory players;

  /** A run against these stores; {@code today} is the US/Eastern day the injury report is read on. */
  EspnSync(EspnClient espn, HistoryRepository history, IdentityRepository identities, ContextService context,
      LocalDate today) {
    this.espn = espn;
    this.history = history;
    this.identities = identities;
    this.context = context;
    this.today = today;
  }

  /** Syncs {@code from..to} (inclusive); {@code progress} receives 0..99. */
  Future<SyncTally> run(LocalDate from, LocalDate to, IntConsumer progress) {
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      dates.add(d);
    }
    tally.dates = dates.size();
    return Future.all(history.players(), identities.all(Identity.PLAYER, SOURCE),
            identities.linked(Identity.PLAYER), history.teams())
        .compose(all -> {
          players = new PlayerDirectory(SOURCE, all.resultAt(0), all.resultAt(1), all.resultAt(2));
          List<Team> teams = all.resultAt(3);
          teams.forEach(t -> storedTeams.add(t.id()));
          return days(dates, 0, progress);
        })
        .compose(v -> {
          progress.accept(85);
          return new EspnSyncTeams(this).rosters();
        })
        .compose(v -> {
          progress.accept(92);
          return new EspnSyncTeams(this).injuries(today);
        })
        .compose(v -> RestDays.recompute(history, touchedTeams, from))
        .map(tally);
  }

  private Future<Void> days(List<LocalDate> dates, int i, IntConsumer progress) {
    if (i == dates.size()) {
      return Future.succeededFuture();
    }
    return new EspnSyncDay(this, dates.get(i)).run().compose(v -> {
      progress.accept(80 * (i + 1) / dates.size());
      return days(dates, i + 1, progress);
    });
  }

  /** Saves the catalogue record of every canonical code not stored yet. */
  Future<Void> saveTeams(Set<String> codes) {
    List<Team> fresh = new ArrayList<>();
    for (String code : codes) {
      if (storedTeams.add(code)) {
        fresh.add(HistoryImporter.team(code));
      }
    }
    tally.teamsCreated += fresh.size();
    return history.saveTeams(fresh).mapEmpty();
  }

  /**
   * Saves the players created or learned since the last call (with their team), then their new
   * ESPN identities; {@code changed} are known players whose team or position moved.
   */
  Future<Void> savePlayers(List<Player> changed) {
    List<Player> created = players.drainNewPlayers();
    List<Identity> links = players.drainNewIdentities();
    Set<String> createdIds = new HashSet<>();
    created.forEach(p -> createdIds.add(p.id()));
    List<Player> rows = new ArrayList<>(created);
    changed.stream().filter(p -> !createdIds.contains(p.id())).forEach(rows::add);
    tally.playersCreated += created.size();
    return history.savePlayers(rows)
        .compose(counts -> {
          tally.playersUpdated += counts.updated();
          return identities.record(links);
        })
        .mapEmpty();
  }

  /** Adds a save's counts to the box-score tally. */
  void countStats(SaveCounts counts) {
    tally.stats = tally.stats.plus(counts);
  }

  /** The message of an ESPN (or other) failure. */
  static String message(Throwable t) {
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }
}
