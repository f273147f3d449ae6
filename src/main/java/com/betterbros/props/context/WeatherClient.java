package com.betterbros.props.context;

import com.betterbros.props.bus.Failures;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Fetches the hourly forecast at a venue from an Open-Meteo-style API
 * ({@code ?latitude&longitude&hourly=temperature_2m,precipitation,wind_speed_10m&timezone=UTC})
 * and reads the hour nearest the start time.
 */
final class WeatherClient {

  private final WebClient client;
  private final WeatherConfig config;

  WeatherClient(WebClient client, WeatherConfig config) {
    this.client = client;
    this.config = config;
  }

  Future<JsonObject> at(double latitude, double longitude, Instant when) {
    if (config.url() == null) {
      return Future.failedFuture(Failures.unavailable("no weather provider is configured (weather.url)"));
    }
    String day = when.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    return client.getAbs(config.url())
        .addQueryParam("latitude", String.valueOf(latitude))
        .addQueryParam("longitude", String.valueOf(longitude))
        .addQueryParam("hourly", "temperature_2m,precipitation,wind_speed_10m")
        .addQueryParam("timezone", "UTC")
        .addQueryParam("start_date", day)
        .addQueryParam("end_date", day)
        .timeout(config.timeout().toMillis())
        .send()
        .recover(t -> Future.failedFuture(Failures.upstream("weather provider unreachable: " + t.getMessage())))
        .compose(resp -> {
          if (resp.statusCode() != 200) {
            return Future.failedFuture(Failures.upstream("weather provider answered HTTP " + resp.statusCode()));
          }
          try {
            return Future.succeededFuture(nearestHour(resp.bodyAsJsonObject(), when));
          } catch (RuntimeException e) {
            return Future.failedFuture(Failures.upstream("weather provider sent an unreadable forecast: " + e.getMessage()));
          }
        });
  }

  /** The forecast hour closest to {@code when}. */
  static JsonObject nearestHour(JsonObject forecast, Instant when) {
    JsonObject hourly = forecast.getJsonObject("hourly");
    JsonArray times = hourly.getJsonArray("time");
    int best = -1;
    long bestGap = Long.MAX_VALUE;
    for (int i = 0; i < times.size(); i++) {
      Instant t = LocalDateTime.parse(times.getString(i)).toInstant(ZoneOffset.UTC);
      long gap = Math.abs(ChronoUnit.MINUTES.between(t, when));
      if (gap < bestGap) {
        bestGap = gap;
        best = i;
      }
    }
    if (best < 0) {
      throw new IllegalArgumentException("no hourly data");
    }
    return new JsonObject()
        .put("forecast_time", LocalDateTime.parse(times.getString(best)).toInstant(ZoneOffset.UTC).toString())
        .put("temperature_c", hourly.getJsonArray("temperature_2m").getValue(best))
        .put("precipitation_mm", hourly.getJsonArray("precipitation").getValue(best))
        .put("wind_speed_kmh", hourly.getJsonArray("wind_speed_10m").getValue(best));
  }
}
