package com.betterbros.props.history;

import com.betterbros.props.espn.EspnBoxScore;
import com.betterbros.props.espn.EspnGame;
import com.betterbros.props.espn.EspnPlayerLine;
import com.betterbros.props.history.core.EspnBoxScores;
import com.betterbros.props.history.core.EspnGames;
import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.Identity;
import com.betterbros.props.history.core.Player;
import com.betterbros.props.history.core.PlayerDirectory;
import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.identity.TeamCodes;
import io.vertx.core.Future;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One date of an {@link EspnSync}: the scoreboard, then the summaries of its final games (all
 * requested at once; the client bounds how many are in flight), then the saves in dependency
 * order: teams, games (with pace), game identities, players, player identities, box scores.
 */
final class EspnSyncDay {

  private final EspnSync sync;
  private final LocalDate date;
  private final Map<String, Game> games = new LinkedHashMap<>();
  /** ESPN event id -> history game id. */
  private final Map<String, String> gameIds = new HashMap<>();
  private final List<Identity> gameLinks = new ArrayList<>();

  EspnSyncDay(EspnSync sync, LocalDate date) {
    this.sync = sync;
    this.date = date;
  }

  Future<Void> run() {
    return sync.espn.scoreboard(date).transform(ar -> {
      if (ar.failed()) {
        sync.tally.error("date", date.toString(), "scoreboard: " + EspnSync.message(ar.cause()));
        return Future.succeededFuture();
      }
      sync.tally.fetchedAny = true;
      sync.tally.datesFetched++;
      return sync.history.games(null, date.minusDays(1), date.plusDays(1)).compose(stored -> games(ar.result(),
          stored));
    });
  }

  private Future<Void> games(List<EspnGame> events, List<Game> stored) {
    Map<String, Game> byTeamDay = new HashMap<>();
    stored.forEach(g -> {
      byTeamDay.put(g.homeTeam() + "|" + g.date(), g);
      byTeamDay.put(g.awayTeam() + "|" + g.date(), g);
    });
    Set<String> codes = new LinkedHashSet<>();
    List<EspnGame> finals = new ArrayList<>();
    for (EspnGame e : events) {
      if (!EspnGames.stored(e)) {
        sync.tally.gamesSkipped++;
        continue;
      }
      Game g;
      try {
        g = EspnGames.game(e, byTeamDay);
      } catch (IllegalArgumentException bad) {
        sync.tally.error("event", e.eventId(), bad.getMessage());
        continue;
      }
      boolean known = stored.stream().anyMatch(s -> s.id().equals(g.id()));
      games.put(g.id(), g);
      gameIds.put(e.eventId(), g.id());
      byTeamDay.put(g.homeTeam() + "|" + g.date(), g);
      byTeamDay.put(g.awayTeam() + "|" + g.date(), g);
      gameLinks.add(new Identity(Identity.GAME, EspnSync.SOURCE, e.eventId(), g.id(),
          known ? "team_date" : "created", sync.now));
      codes.add(g.homeTeam());
      codes.add(g.awayTeam());
      sync.teamsSeen.putIfAbsent(e.homeTeamId(), new String[] {e.homeAbbr(), g.homeTeam()});
      sync.teamsSeen.putIfAbsent(e.awayTeamId(), new String[] {e.awayAbbr(), g.awayTeam()});
      sync.tally.games++;
      if (g.isFinal()) {
        sync.tally.gamesFinal++;
        finals.add(e);
      } else {
        sync.tally.gamesScheduled++;
      }
    }
    sync.touchedTeams.addAll(codes);
    List<Future<EspnBoxScore>> summaries = new ArrayList<>();
    finals.forEach(e -> summaries.add(sync.espn.summary(e.eventId())));
    return Future.join(summaries).transform(ignored -> save(finals, summaries, codes));
  }

  private Future<Void> save(List<EspnGame> finals, List<Future<EspnBoxScore>> summaries, Set<String> codes) {
    List<PlayerGameStat> stats = new ArrayList<>();
    for (int i = 0; i < finals.size(); i++) {
      EspnGame e = finals.get(i);
      Future<EspnBoxScore> f = summaries.get(i);
      if (f.failed()) {
        sync.tally.error("event", e.eventId(), "summary: " + EspnSync.message(f.cause()));
        continue;
      }
      sync.tally.fetchedAny = true;
      sync.tally.summaries++;
      String gameId = gameIds.get(e.eventId());
      Game g = games.get(gameId);
      games.put(gameId, EspnGames.withPace(g, EspnGames.pace(f.result(), e.homeAbbr(), e.awayAbbr())));
      boxScores(e, g, f.result(), stats);
    }
    return sync.saveTeams(codes)
        .compose(v -> sync.history.saveGames(List.copyOf(games.values())))
        .compose(counts -> {
          sync.tally.gameSaves = sync.tally.gameSaves.plus(counts);
          return sync.identities.record(gameLinks);
        })
        .compose(v -> sync.savePlayers(List.of()))
        .compose(v -> sync.history.saveStats(stats))
        .map(counts -> {
          sync.countStats(counts);
          return null;
        });
  }

  /** The rows of one summary; DNPs and lines without stats are counted, not stored. */
  private void boxScores(EspnGame e, Game g, EspnBoxScore box, List<PlayerGameStat> out) {
    for (EspnPlayerLine l : box.players()) {
      if (l.didNotPlay()) {
        sync.tally.dnp++;
        continue;
      }
      if (!EspnBoxScores.hasStats(l)) {
        sync.tally.noStats++;
        continue;
      }
      String team = TeamCodes.canonical(l.teamAbbr());
      if (team == null || !g.involves(team)) {
        sync.tally.error("event", e.eventId(), "athlete " + l.athleteId() + " (" + l.name() + ") is listed for "
            + l.teamAbbr() + ", not a team of " + g.id());
        continue;
      }
      PlayerDirectory.Resolved who = sync.players.resolve(l.athleteId(), l.name(), sync.now);
      if (who.playerId() == null) {
        sync.tally.error("event", e.eventId(), who.error());
        continue;
      }
      Player p = sync.players.player(who.playerId());
      if (who.created()) {
        sync.players.learn(new Player(p.id(), p.name(), team, p.position()));
      }
      out.add(new PlayerGameStat(who.playerId(), g.id(), team, g.opponentOf(team), g.date(),
          g.homeTeam().equals(team), null, EspnBoxScores.box(l)));
    }
  }
}
