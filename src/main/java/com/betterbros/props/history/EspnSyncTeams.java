package com.betterbros.props.history;

import com.betterbros.props.context.api.InjuryBatch;
import com.betterbros.props.context.api.InjuryView;
import com.betterbros.props.context.core.Injury;
import com.betterbros.props.espn.EspnAthlete;
import com.betterbros.props.espn.EspnInjury;
import com.betterbros.props.history.core.EspnBoxScores;
import com.betterbros.props.history.core.EspnInjuries;
import com.betterbros.props.history.core.Player;
import com.betterbros.props.history.core.PlayerDirectory;
import com.betterbros.props.identity.TeamCodes;
import io.vertx.core.Future;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The team-level part of an {@link EspnSync}: the current rosters of the teams seen (players'
 * team and position; a roster player not known yet is created with his ESPN identity), then the
 * current injury report, stored through the context service on the bus (rule: {@link
 * EspnInjuries}).
 */
final class EspnSyncTeams {

  private final EspnSync sync;

  EspnSyncTeams(EspnSync sync) {
    this.sync = sync;
  }

  /** Every seen team's roster, fetched at once (the client bounds the requests in flight). */
  Future<Void> rosters() {
    List<Map.Entry<String, String[]>> teams = List.copyOf(sync.teamsSeen.entrySet());
    List<Future<List<EspnAthlete>>> fetched = new ArrayList<>();
    teams.forEach(t -> fetched.add(sync.espn.roster(t.getKey(), t.getValue()[0])));
    return Future.join(fetched).transform(ignored -> {
      List<Player> changed = new ArrayList<>();
      for (int i = 0; i < teams.size(); i++) {
        String code = teams.get(i).getValue()[1];
        Future<List<EspnAthlete>> f = fetched.get(i);
        if (f.failed()) {
          sync.tally.error("team", code, "roster: " + EspnSync.message(f.cause()));
          continue;
        }
        sync.tally.fetchedAny = true;
        sync.tally.rosters++;
        for (EspnAthlete a : f.result()) {
          roster(a, code, changed);
        }
      }
      return sync.savePlayers(changed);
    });
  }

  private void roster(EspnAthlete a, String code, List<Player> changed) {
    PlayerDirectory.Resolved who = sync.players.resolve(a.id(), a.name(), sync.now);
    if (who.playerId() == null) {
      sync.tally.error("team", code, "roster: " + who.error());
      return;
    }
    sync.tally.rosterPlayers++;
    Player known = sync.players.player(who.playerId());
    String position = EspnBoxScores.position(a.position());
    Player now = new Player(known.id(), known.name(), code, position != null ? position : known.position());
    if (!now.equals(known)) {
      sync.players.learn(now);
      changed.add(now);
    }
  }

  /** The current report: Out and Doubtful entries as spells up to {@code readOn}, the rest counted by status. */
  Future<Void> injuries(LocalDate readOn) {
    return sync.espn.injuries().transform(ar -> {
      if (ar.failed()) {
        sync.tally.error("source", "injuries", "injuries: " + EspnSync.message(ar.cause()));
        return Future.succeededFuture();
      }
      sync.tally.fetchedAny = true;
      List<InjuryView> spells = new ArrayList<>();
      for (EspnInjury i : ar.result()) {
        sync.tally.injuriesReported++;
        if (!EspnInjuries.stored(i)) {
          sync.tally.injuriesNotStored.merge(EspnInjuries.status(i), 1, Integer::sum);
          continue;
        }
        InjuryView spell = spell(i, readOn);
        if (spell != null) {
          spells.add(spell);
        }
      }
      if (spells.isEmpty()) {
        return Future.succeededFuture();
      }
      return sync.savePlayers(List.of())
          .compose(v -> sync.context.saveInjuries(new InjuryBatch().setInjuries(spells)).transform(saved -> {
            if (saved.failed()) {
              sync.tally.error("source", "injuries", "context.saveInjuries: " + EspnSync.message(saved.cause()));
            } else {
              sync.tally.injuriesStored += spells.size();
              sync.tally.injurySaves = saved.result().toJson();
            }
            return Future.succeededFuture();
          }));
    });
  }

  /** The spell of one stored-status entry, or null (counted, with an error) when its player or team is unknown. */
  private InjuryView spell(EspnInjury i, LocalDate readOn) {
    String team = TeamCodes.canonical(i.teamAbbr());
    String playerId;
    String why = "no ESPN athlete id and no unique player of this name; not stored";
    if (i.athleteId() != null) {
      PlayerDirectory.Resolved who = sync.players.resolve(i.athleteId(), i.name(), sync.now);
      playerId = who.playerId();
      why = who.error();
      if (who.created() && team != null) {
        Player p = sync.players.player(playerId);
        sync.players.learn(new Player(p.id(), p.name(), team, p.position()));
      }
    } else {
      playerId = sync.players.uniqueByName(i.name());
    }
    Player p = playerId == null ? null : sync.players.player(playerId);
    if (team == null && p != null) {
      team = p.teamId();
    }
    if (p == null || team == null) {
      sync.tally.injuriesUnresolved++;
      sync.tally.error("injury", i.name(), p == null ? why
          : "no team in the report and none known for " + p.id() + "; not stored");
      return null;
    }
    return InjuryView.of(new Injury(p.id(), p.name(), team, EspnInjuries.start(i, readOn), EspnInjuries.end(i, readOn),
        EspnInjuries.status(i), i.description()));
  }
}
