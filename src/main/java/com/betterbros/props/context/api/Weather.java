package com.betterbros.props.context.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * Weather at a game's venue and start (schema {@code Weather}): the reply of {@code weather}. Either
 * status "not_applicable" with a {@code reason} (an indoor sport; the forecast fields are null), or
 * status "ok" with the forecast hour nearest the start ({@code reason} null; a forecast value is
 * null when the provider gives none).
 */
@DataObject
public final class Weather implements JsonView {

  private final JsonObject json;

  public Weather(JsonObject json) {
    this.json = json;
  }

  public String getGameId() {
    return json.getString("game_id");
  }

  /** ok or not_applicable. */
  public String getStatus() {
    return json.getString("status");
  }

  /** Why there is no forecast (not_applicable only). */
  public String getReason() {
    return json.getString("reason");
  }

  /** ISO-8601 UTC (ok only). */
  public String getForecastTime() {
    return json.getString("forecast_time");
  }

  public Double getTemperatureC() {
    return json.getDouble("temperature_c");
  }

  public Double getPrecipitationMm() {
    return json.getDouble("precipitation_mm");
  }

  public Double getWindSpeedKmh() {
    return json.getDouble("wind_speed_kmh");
  }

  /** When the provider was asked (ok only). */
  public String getFetchedAt() {
    return json.getString("fetched_at");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
