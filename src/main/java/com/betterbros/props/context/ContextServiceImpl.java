package com.betterbros.props.context;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.bus.QueryParams;
import com.betterbros.props.context.api.ContextService;
import com.betterbros.props.context.api.GameMatchup;
import com.betterbros.props.context.api.InjuriesSaved;
import com.betterbros.props.context.api.InjuryBatch;
import com.betterbros.props.context.api.InjuryList;
import com.betterbros.props.context.api.InjuryQuery;
import com.betterbros.props.context.api.InjuryView;
import com.betterbros.props.context.api.TeamContext;
import com.betterbros.props.context.api.TeamContextQuery;
import com.betterbros.props.context.api.Weather;
import com.betterbros.props.context.core.Injury;
import com.betterbros.props.history.api.HistoryService;
import com.betterbros.props.history.api.TeamStats;
import com.betterbros.props.history.api.TeamStatsQuery;
import com.betterbros.props.history.api.TeamView;
import com.betterbros.props.store.Cache;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** Context computed from history (through its proxy) and injuries, cached {@code context.cache_ttl_s} (15 min). */
public final class ContextServiceImpl implements ContextService {

  /** The key of the replies' generation ({@code context.generation_ttl_s}: it outlives them). */
  static final String GENERATION = "ctx:generation";
  static final String CACHE_VERSION = "v1";
  static final Set<String> INDOOR_SPORTS = Set.of("NBA", "WNBA", "NHL", "CBB", "WCBB", "ESPORTS");
  static final Set<String> OUTDOOR_SPORTS = Set.of("NFL", "CFB", "MLB", "SOCCER", "GOLF", "TENNIS");

  private final ContextRepository repository;
  private final HistoryService history;
  private final Cache cache;
  private final WeatherClient weather;
  private final Duration ttl;
  private final Duration generationTtl;

  ContextServiceImpl(ContextRepository repository, HistoryService history, Cache cache, WeatherClient weather,
      ContextConfig config) {
    this.ttl = config.cacheTtl();
    this.generationTtl = config.generationTtl();
    this.repository = repository;
    this.history = history;
    this.cache = cache;
    this.weather = weather;
  }

  @Override
  public Future<InjuryList> injuries(InjuryQuery query) {
    return Future.succeededFuture(query == null ? null : query.toJson()).compose(q -> {
      QueryParams params = new QueryParams(q);
      String team = params.string("team");
      LocalDate date = params.date("date");
      return repository.injuries(team == null ? null : team.toUpperCase(), date).map(InjuryList::of);
    });
  }

  @Override
  public Future<InjuriesSaved> saveInjuries(InjuryBatch body) {
    return Future.succeededFuture(body == null ? null : body.toJson()).map(InjuryBodies::parse)
        .compose(batch -> repository.saveInjuries(batch).compose(counts -> {
          InjuriesSaved reply = InjuriesSaved.of(batch.size(), counts);
          return counts.inserted() + counts.updated() == 0 ? Future.succeededFuture(reply)
              : cache.put(GENERATION, java.util.UUID.randomUUID().toString(), generationTtl).otherwiseEmpty()
                  .map(reply);
        }));
  }

  @Override
  public Future<TeamContext> team(String teamId, TeamContextQuery query) {
    return Future.succeededFuture(query == null ? null : query.toJson()).compose(q -> {
      LocalDate date = new QueryParams(q).date("date");
      String id = teamId == null ? "" : teamId.trim().toUpperCase();
      return cached("team:" + id + ":" + (date == null ? "latest" : date), () -> teamContext(id, date));
    }).map(TeamContext::new);
  }

  @Override
  public Future<GameMatchup> gameMatchup(String gameId) {
    return cached("matchup:" + gameId, () -> history.game(gameId).compose(g -> {
      JsonObject game = g.getGame().toJson();
      LocalDate date = LocalDate.parse(game.getString("date"));
      String home = game.getString("home_team");
      String away = game.getString("away_team");
      return Future.all(teamContext(home, date), teamContext(away, date)).map(all -> {
        JsonObject h = all.resultAt(0);
        JsonObject a = all.resultAt(1);
        JsonObject out = new JsonObject()
            .put("game", game)
            .put("home", h.put("rest_days", game.getInteger("home_rest_days"))
                .put("back_to_back", game.getInteger("home_rest_days") == 0))
            .put("away", a.put("rest_days", game.getInteger("away_rest_days"))
                .put("back_to_back", game.getInteger("away_rest_days") == 0));
        Double hp = h.getDouble("pace");
        Double ap = a.getDouble("pace");
        if (hp != null && ap != null) {
          // Projected possessions: mean of the two paces. Projected points per team:
          // ORtg_own/100 * pace blended with DRtg_opp/100 * pace (simple average of both views).
          double pace = (hp + ap) / 2;
          double homePts = pace / 200 * (h.getDouble("offensive_rating") + a.getDouble("defensive_rating"));
          double awayPts = pace / 200 * (a.getDouble("offensive_rating") + h.getDouble("defensive_rating"));
          out.put("projected_pace", round(pace))
              .put("projected_total", round(homePts + awayPts))
              .put("projected_margin_home", round(homePts - awayPts));
        }
        return out;
      });
    })).map(GameMatchup::new);
  }

  @Override
  public Future<Weather> weather(String gameId) {
    return history.game(gameId).compose(g -> {
      JsonObject game = g.getGame().toJson();
      String sport = game.getString("sport");
      if (INDOOR_SPORTS.contains(sport)) {
        return Future.succeededFuture(new JsonObject()
            .put("game_id", gameId)
            .put("status", "not_applicable")
            .put("reason", sport + " is played indoors"));
      }
      if (!OUTDOOR_SPORTS.contains(sport)) {
        return Future.failedFuture(Failures.unprocessable("game_id", "no weather model for sport " + sport));
      }
      TeamView venue = g.getHomeTeam();
      if (venue == null) {
        return Future.failedFuture(Failures.unprocessable("game_id", "the venue of game " + gameId + " is unknown"));
      }
      Instant start = Instant.parse(game.getString("start_time"));
      return cached("weather:" + gameId, () -> weather
          .at(venue.getLatitude(), venue.getLongitude(), start)
          .map(w -> w.put("game_id", gameId).put("status", "ok").put("fetched_at", Instant.now().toString()))
          .compose(w -> repository.saveContext("weather", gameId, w).map(w)));
    }).map(Weather::new);
  }

  private Future<JsonObject> teamContext(String teamId, LocalDate date) {
    TeamStatsQuery statsQuery = new TeamStatsQuery();
    if (date != null) {
      statsQuery.setTo(date.minusDays(1).toString());
    }
    return history.teamStats(teamId, statsQuery).map(TeamStats::toJson).compose(stats -> {
      JsonArray recent = stats.getJsonArray("recent_results");
      LocalDate asOf = date != null ? date
          : recent.isEmpty() ? null : LocalDate.parse(recent.getJsonObject(0).getString("date")).plusDays(1);
      return repository.injuries(teamId, asOf).map(injuries -> summary(teamId, asOf, stats, injuries));
    });
  }

  private static JsonObject summary(String teamId, LocalDate asOf, JsonObject stats, List<Injury> injuries) {
    JsonArray recent = stats.getJsonArray("recent_results");
    long wins = recent.stream().filter(r -> "W".equals(((JsonObject) r).getString("result"))).count();
    return new JsonObject()
        .put("team", teamId)
        .put("as_of", asOf == null ? null : asOf.toString())
        .put("games", stats.getInteger("games"))
        .put("wins", stats.getInteger("wins"))
        .put("losses", stats.getInteger("losses"))
        .put("pace", stats.getDouble("pace"))
        .put("offensive_rating", stats.getDouble("offensive_rating"))
        .put("defensive_rating", stats.getDouble("defensive_rating"))
        .put("net_rating", stats.getDouble("net_rating"))
        .put("recent_form", new JsonObject()
            .put("games", recent.size())
            .put("wins", wins)
            .put("losses", recent.size() - wins)
            .put("results", recent))
        .put("injuries", new JsonArray(injuries.stream().map(i -> InjuryView.of(i).toJson()).toList()));
  }

  /**
   * A cached reply under "ctx:{version}:{generation}:{key}". The generation (a cache entry of its
   * own, shared by every node through Redis) changes whenever injuries are saved, so no reply
   * holding the old injuries is served after a sync; a cache that cannot answer means generation 0.
   */
  private Future<JsonObject> cached(String key, Supplier<Future<JsonObject>> compute) {
    return cache.get(GENERATION).otherwise((String) null).compose(gen -> {
      String full = "ctx:" + CACHE_VERSION + ":" + (gen == null ? "0" : gen) + ":" + key;
      return cache.get(full).compose(hit -> {
        if (hit != null) {
          return Future.succeededFuture(new JsonObject(hit));
        }
        return compute.get().compose(value -> cache.put(full, value.encode(), ttl).map(value));
      });
    });
  }

  private static double round(double v) {
    return Math.round(v * 100.0) / 100.0;
  }
}
