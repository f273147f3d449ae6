package com.betterbros.props.context;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Repositories;
import com.betterbros.props.context.api.ContextService;
import com.betterbros.props.context.api.Weather;
import com.betterbros.props.history.HistoryVerticle;
import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.Team;
import com.betterbros.props.store.LocalCache;
import com.betterbros.props.testing.Await;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Weather context from an Open-Meteo-style provider (a local server)")
class ContextWeatherTest {

  private Vertx vertx;
  private Repositories stores;
  private ContextService context;
  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicReference<String> lastQuery = new AtomicReference<>();
  private final AtomicReference<Integer> providerStatus = new AtomicReference<>(200);

  @BeforeEach
  void start() {
    vertx = Vertx.vertx();
    HttpServer provider = Await.result(vertx.createHttpServer().requestHandler(req -> {
      hits.incrementAndGet();
      lastQuery.set(req.query());
      if (providerStatus.get() != 200) {
        req.response().setStatusCode(providerStatus.get()).end("down");
        return;
      }
      JsonArray times = new JsonArray();
      JsonArray temps = new JsonArray();
      JsonArray rain = new JsonArray();
      JsonArray wind = new JsonArray();
      for (int h = 0; h < 24; h++) {
        times.add(String.format("2025-11-02T%02d:00", h));
        temps.add(10.0 + h);       // 18:00 -> 28.0
        rain.add(h == 18 ? 1.5 : 0.0);
        wind.add(5.0 * h);
      }
      req.response().putHeader("Content-Type", "application/json").end(new JsonObject()
          .put("hourly", new JsonObject().put("time", times).put("temperature_2m", temps)
              .put("precipitation", rain).put("wind_speed_10m", wind)).encode());
    }).listen(0, "127.0.0.1"));
    stores = Repositories.memory();
    Await.result(stores.history().saveTeams(List.of(
        new Team("KC", "NFL", "Kansas City", "Chiefs", "AFC", 39.0489, -94.4839),
        new Team("BUF", "NFL", "Buffalo", "Bills", "AFC", 42.7738, -78.7870),
        new Team("DEN", "NBA", "Denver", "Nuggets", "West", 39.7487, -105.0077),
        new Team("LAL", "NBA", "Los Angeles", "Lakers", "West", 34.0430, -118.2673))));
    Await.result(stores.history().saveGames(List.of(
        game("nfl-1", "NFL", "KC", "BUF", "2025-11-02T18:10:00Z"),
        game("nba-1", "NBA", "DEN", "LAL", "2025-11-03T02:00:00Z"))));
    WeatherConfig weather = new WeatherConfig(
        "http://127.0.0.1:" + provider.actualPort() + "/v1/forecast", Duration.ofSeconds(2));
    Await.result(vertx.deployVerticle(new HistoryVerticle(stores.history(), stores.identities(), java.time.Duration.ofSeconds(5), "test-node")));
    Await.result(vertx.deployVerticle(
        new ContextVerticle(stores.context(), new LocalCache(100), new ContextConfig(weather, Duration.ofMinutes(15)),
            Duration.ofSeconds(5))));
    context = ContextService.createProxy(vertx, new DeliveryOptions().setSendTimeout(5_000));
  }

  @AfterEach
  void stop() {
    Await.result(vertx.close());
  }

  @Test
  @DisplayName("an outdoor game gets the forecast hour nearest tip-off at the home venue, cached and stored")
  void outdoorGame() {
    Weather w = Await.result(context.weather("nfl-1"));
    assertThat(w.getStatus()).isEqualTo("ok");
    assertThat(w.getGameId()).isEqualTo("nfl-1");
    assertThat(w.getForecastTime()).isEqualTo("2025-11-02T18:00:00Z");
    assertThat(w.getTemperatureC()).isEqualTo(28.0);
    assertThat(w.getPrecipitationMm()).isEqualTo(1.5);
    assertThat(lastQuery.get()).contains("latitude=39.0489").contains("longitude=-94.4839");
    Weather again = Await.result(context.weather("nfl-1"));
    assertThat(again.toJson()).isEqualTo(w.toJson());
    assertThat(hits.get()).isEqualTo(1);
    JsonObject stored = Await.result(stores.context().context("weather", "nfl-1"));
    assertThat(stored.getDouble("temperature_c")).isEqualTo(28.0);
  }

  @Test
  @DisplayName("an indoor sport answers not_applicable without asking the provider")
  void indoorGame() {
    Weather w = Await.result(context.weather("nba-1"));
    assertThat(w.getStatus()).isEqualTo("not_applicable");
    assertThat(hits.get()).isZero();
  }

  @Test
  @DisplayName("a failing provider is a 502, an unknown game a 404")
  void failures() {
    providerStatus.set(500);
    Throwable upstream = Await.failure(context.weather("nfl-1"));
    assertThat(((ServiceException) upstream).failureCode()).isEqualTo(502);
    Throwable missing = Await.failure(context.weather("nope"));
    assertThat(((ServiceException) missing).failureCode()).isEqualTo(404);
  }

  private static Game game(String id, String sport, String home, String away, String start) {
    Instant at = Instant.parse(start);
    return new Game(id, sport, LocalDate.parse(start.substring(0, 10)), at, home, away, 2, 2,
        null, null, null, "scheduled");
  }
}
