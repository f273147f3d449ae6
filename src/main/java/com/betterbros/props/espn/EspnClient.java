package com.betterbros.props.espn;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ESPN's public NBA site API (no key) over a Vert.x {@link WebClient}; every method returns a
 * {@link Future} and nothing blocks an event loop.
 *
 * <p>At most {@link EspnConfig#maxConcurrent()} requests are in flight; further ones wait in a FIFO
 * queue of {@code espn.max_queued} (1,000), beyond which they fail with a {@link
 * java.util.concurrent.RejectedExecutionException}. A request that gets 429, 5xx, a connection
 * error or a timeout is retried up to {@link EspnConfig#maxRetries()} times after {@code backoff *
 * 2^attempt} ({@code Retry-After} seconds on a 429 when given), at most 30 s, keeping its slot
 * meanwhile. Any other non-200 fails at once with {@link EspnHttpException}. Bodies are parsed on a
 * shared worker executor of {@code espn.parser_threads} threads (2).
 */
public final class EspnClient {

  /** Longest wait between two attempts, whatever the backoff or Retry-After says. */
  static final long MAX_DELAY_MS = 30_000;

  static final String PARSE_POOL = "espn-parse";

  private static final Logger LOG = LoggerFactory.getLogger(EspnClient.class);

  private final Vertx vertx;
  private final WebClient client;
  private final EspnConfig config;
  private final WorkerExecutor parser;
  private final EspnRequestQueue queue;

  /** A client sending through {@code client}; {@link #close()} releases its parse executor. */
  public EspnClient(Vertx vertx, WebClient client, EspnConfig config) {
    this.vertx = Objects.requireNonNull(vertx, "vertx");
    this.client = Objects.requireNonNull(client, "client");
    this.config = Objects.requireNonNull(config, "config");
    this.parser = vertx.createSharedWorkerExecutor(PARSE_POOL, config.parserThreads());
    this.queue = new EspnRequestQueue(config.maxConcurrent(), config.maxQueued());
  }

  /** The games ESPN lists for {@code date} (its {@code dates=YYYYMMDD} day). */
  public Future<List<EspnGame>> scoreboard(LocalDate date) {
    String url =
        config.baseUrl() + "/scoreboard?dates=" + date.format(DateTimeFormatter.BASIC_ISO_DATE);
    return get(url).compose(body -> parse(() -> EspnScoreboardParser.parse(body)));
  }

  /** The game summary with its player box score. */
  public Future<EspnBoxScore> summary(String eventId) {
    String url = config.baseUrl() + "/summary?event=" + encode(eventId);
    return get(url).compose(body -> parse(() -> EspnSummaryParser.parse(body)));
  }

  /** The league's teams. */
  public Future<List<EspnTeam>> teams() {
    return get(config.baseUrl() + "/teams")
        .compose(body -> parse(() -> EspnTeamsParser.parse(body)));
  }

  /** The roster of team {@code teamId}, each athlete tagged with {@code teamAbbr}. */
  public Future<List<EspnAthlete>> roster(String teamId, String teamAbbr) {
    String url = config.baseUrl() + "/teams/" + encode(teamId) + "/roster";
    return get(url).compose(body -> parse(() -> EspnRosterParser.parse(body, teamAbbr)));
  }

  /** The league-wide injury report. */
  public Future<List<EspnInjury>> injuries() {
    return get(config.baseUrl() + "/injuries")
        .compose(body -> parse(() -> EspnInjuriesParser.parse(body)));
  }

  /** Releases the shared parse executor (the WebClient stays the caller's). */
  public Future<Void> close() {
    return parser.close();
  }

  /** Requests in flight now. */
  int inFlight() {
    return queue.running();
  }

  private Future<String> get(String url) {
    return queue.submit(() -> attempt(url, 0), "GET " + url);
  }

  private Future<String> attempt(String url, int attempt) {
    return client
        .getAbs(url)
        .timeout(config.timeout().toMillis())
        .putHeader("Accept", "application/json")
        .send()
        .transform(
            ar ->
                ar.succeeded()
                    ? answered(url, attempt, ar.result())
                    : failed(url, attempt, ar.cause()));
  }

  private Future<String> answered(String url, int attempt, HttpResponse<Buffer> response) {
    int status = response.statusCode();
    if (status == 200) {
      return Future.succeededFuture(response.bodyAsString());
    }
    String body = response.bodyAsString();
    boolean retryable = status == 429 || status >= 500;
    if (!retryable || attempt >= config.maxRetries()) {
      return Future.failedFuture(
          new EspnHttpException(status, url, body, attempt + 1));
    }
    long delay =
        status == 429
            ? retryAfterMillis(response.getHeader("Retry-After"), attempt)
            : backoffMillis(attempt);
    LOG.debug("ESPN answered {} for {}; retry {} in {} ms", status, url, attempt + 1, delay);
    return after(delay).compose(v -> attempt(url, attempt + 1));
  }

  private Future<String> failed(String url, int attempt, Throwable cause) {
    if (attempt >= config.maxRetries()) {
      return Future.failedFuture(new EspnUnreachableException(url, attempt + 1, cause));
    }
    long delay = backoffMillis(attempt);
    LOG.debug("GET {} failed ({}); retry {} in {} ms", url, cause.toString(), attempt + 1, delay);
    return after(delay).compose(v -> attempt(url, attempt + 1));
  }

  /** {@code backoff * 2^attempt}, at most 30 s. */
  long backoffMillis(int attempt) {
    long base = config.backoff().toMillis();
    int shift = Math.min(attempt, 30);
    // compare before shifting so that base * 2^shift cannot overflow
    return base > (MAX_DELAY_MS >> shift) ? MAX_DELAY_MS : base << shift;
  }

  /** A 429's {@code Retry-After} in seconds, at most 30 s; the backoff when absent or a date. */
  long retryAfterMillis(String header, int attempt) {
    if (header != null) {
      try {
        long seconds = Long.parseLong(header.trim());
        if (seconds >= 0) {
          return Math.min(MAX_DELAY_MS / 1000, seconds) * 1000;
        }
      } catch (NumberFormatException httpDate) {
        // an HTTP-date: fall back to the backoff
      }
    }
    return backoffMillis(attempt);
  }

  private Future<Void> after(long millis) {
    if (millis <= 0) {
      return Future.succeededFuture();
    }
    Promise<Void> promise = Promise.promise();
    vertx.setTimer(millis, id -> promise.complete());
    return promise.future();
  }

  private <T> Future<T> parse(Callable<T> parsing) {
    return parser.executeBlocking(parsing, false);
  }

  private static String encode(String pathOrQueryValue) {
    return URLEncoder.encode(Objects.requireNonNull(pathOrQueryValue), StandardCharsets.UTF_8);
  }
}
