package com.betterbros.props.props;

import com.betterbros.props.bus.Addresses;
import com.betterbros.props.bus.Failures;
import com.betterbros.props.history.api.HistoryService;
import com.betterbros.props.history.api.ResolvedBoard;
import com.betterbros.props.platforms.FeedParser;
import com.betterbros.props.platforms.MalformedFeedException;
import com.betterbros.props.platforms.ParsedFeed;
import com.betterbros.props.platforms.PlatformsConfig;
import com.betterbros.props.props.api.ImportSummary;
import com.betterbros.props.props.api.PropDetail;
import com.betterbros.props.props.api.PropFilter;
import com.betterbros.props.props.api.PropPage;
import com.betterbros.props.props.api.PropsService;
import com.betterbros.props.props.api.RefreshResult;
import com.betterbros.props.props.core.Prop;
import com.betterbros.props.props.core.PropQuery;
import com.betterbros.props.props.core.UpsertCounts;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Props over a {@link PropRepository}; feed parsing runs on a bounded worker pool, off the event loop. */
public final class PropsServiceImpl implements PropsService {

  private final Vertx vertx;
  private final PropRepository repository;
  private final PlatformFetcher fetcher;
  private final PlatformsConfig platforms;
  private final WorkerExecutor parsers;
  private final HistoryService history;
  private final Clock clock;
  private final PropListingCache listings = new PropListingCache(LISTINGS_KEPT);
  /** Listing pages kept (distinct queries) while the store says they are current. */
  static final int LISTINGS_KEPT = 1_000;

  /** {@code clock}: the node's "now" for the props' lifecycle (the synthetic season's own day, or the system's). */
  public PropsServiceImpl(Vertx vertx, PropRepository repository, WebClient client, PlatformsConfig platforms,
      HistoryService history, Clock clock) {
    this.vertx = vertx;
    this.clock = clock;
    this.repository = repository;
    this.history = history;
    this.fetcher = new PlatformFetcher(client, platforms.timeout());
    this.platforms = platforms;
    this.parsers = vertx.createSharedWorkerExecutor("props-feed-parser", platforms.parserThreads());
  }

  @Override
  public Future<PropPage> list(PropFilter query) {
    return listing(query).map(PropListingCache.Listing::page);
  }

  /** What {@link #list} answers, as its JSON bytes (kept with the page: encoded once per change). */
  Future<io.vertx.core.buffer.Buffer> listBytes(PropFilter query) {
    return listing(query).map(PropListingCache.Listing::bytes);
  }

  /** {@link #listBytes(PropFilter)} of a query {@link ListingQueries#key parsed} before (its "now" is ignored). */
  Future<io.vertx.core.buffer.Buffer> listBytes(PropQuery key) {
    Instant now = clock.instant();
    return listing(key, ListingQueries.at(key, now), now).map(PropListingCache.Listing::bytes);
  }

  private Future<PropListingCache.Listing> listing(PropFilter query) {
    PropQuery q;
    Instant now = clock.instant();
    try {
      q = ListingQueries.of(query, now);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    return listing(ListingQueries.at(q, Instant.EPOCH), q, now);
  }

  private Future<PropListingCache.Listing> listing(PropQuery key, PropQuery q, Instant now) {
    return repository.listingStamp(now).compose(stamp -> listings.listing(key, q, stamp,
        query2 -> repository.find(query2).map(page -> PropPage.of(page, now))));
  }

  @Override
  public Future<PropDetail> get(String id) {
    if (id == null || id.isBlank()) {
      return Future.failedFuture(Failures.badRequest("id", "id is required"));
    }
    return repository.findById(id).compose(prop -> {
      if (prop == null) {
        return Future.failedFuture(Failures.notFound("no prop with id '" + id + "'"));
      }
      return repository.lineHistory(id).map(points -> PropDetail.of(prop, points, clock.instant()));
    });
  }

  @Override
  public Future<ImportSummary> importFeed(String platform, String feed) {
    FeedParser parser;
    try {
      parser = parserFor(platform);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    if (feed == null || feed.isBlank()) {
      return Future.failedFuture(Failures.badRequest("body", "the request body must be the platform's JSON feed"));
    }
    Instant now = Instant.now();
    return parsers.<ParsedFeed>executeBlocking(() -> parse(parser, feed, now), false)
        .compose(parsed -> store(parsed, now));
  }

  @Override
  public Future<RefreshResult> refresh(String platform) {
    List<String> targets;
    try {
      targets = platform == null ? configuredPlatforms() : List.of(parserFor(platform).platform());
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    for (String p : targets) {
      if (platforms.urlOf(p) == null) {
        return Future.failedFuture(Failures.unprocessable("platform", "no URL is configured for " + p));
      }
    }
    if (targets.isEmpty()) {
      return Future.failedFuture(Failures.unprocessable("platform", "no platform URL is configured"));
    }
    // Fetch every board first: a failure of any one leaves the stored props exactly as they were.
    List<Future<String>> fetches = targets.stream().map(p -> fetcher.fetch(p, platforms.urlOf(p))).toList();
    return Future.all(fetches).compose(all -> {
      Future<JsonArray> chain = Future.succeededFuture(new JsonArray());
      for (int i = 0; i < targets.size(); i++) {
        String p = targets.get(i);
        String body = fetches.get(i).result();
        chain = chain.compose(results -> importFeed(p, body).map(summary -> results.add(summary.toJson())));
      }
      return chain.map(results -> new RefreshResult(new JsonObject().put("results", results)));
    });
  }

  private List<String> configuredPlatforms() {
    return FeedParser.platforms().stream().filter(p -> platforms.urlOf(p) != null).sorted().toList();
  }

  private static FeedParser parserFor(String platform) {
    if (platform == null || platform.isBlank()) {
      throw Failures.badRequest("platform", "platform is required: one of " + FeedParser.platforms());
    }
    try {
      return FeedParser.forPlatform(platform.trim().toLowerCase());
    } catch (IllegalArgumentException e) {
      throw Failures.badRequest("platform",
          "platform must be one of " + FeedParser.platforms() + ", got '" + platform + "'");
    }
  }

  private static ParsedFeed parse(FeedParser parser, String feed, Instant now) {
    try {
      return parser.parse(feed, now);
    } catch (MalformedFeedException e) {
      throw Failures.badRequest("body", "malformed " + parser.platform() + " feed: " + e.getMessage());
    }
  }

  /**
   * Resolves the board's identities (history domain), then upserts. When the history domain cannot
   * answer, the import fails (503) rather than store platform ids over canonical ones.
   */
  private Future<ImportSummary> store(ParsedFeed parsed, Instant now) {
    Future<ResolvedBoard> resolution = BoardResolution.needed(parsed.props())
        ? history.resolveBoard(BoardResolution.request(parsed.platform(), parsed.props()))
            .recover(t -> Future.failedFuture(t instanceof io.vertx.serviceproxy.ServiceException se
                && se.failureCode() >= 400 && se.failureCode() < 500 ? t
                : Failures.unavailable("the history domain did not answer the board's identity request ("
                    + t.getMessage() + "); nothing was imported")))
        : Future.succeededFuture(null);
    return resolution.compose(answer -> {
      List<Prop> props = answer == null ? parsed.props() : BoardResolution.apply(parsed.props(), answer);
      return repository.upsert(props, now).map(counts -> summary(parsed, counts, answer, now));
    });
  }

  private ImportSummary summary(ParsedFeed parsed, UpsertCounts counts, ResolvedBoard answer, Instant now) {
    JsonObject summary = new JsonObject()
        .put("platform", parsed.platform())
        .put("imported", counts.inserted())
        .put("updated", counts.updated())
        .put("unchanged", counts.unchanged())
        .put("skipped", parsed.skipped())
        .put("skipped_reasons", new JsonObject(new java.util.TreeMap<>(parsed.skippedReasons())));
    if (answer != null) {
      summary.put("players_matched", answer.getMatched())
          .put("players_unmatched", answer.getUnmatched())
          .put("games_created", answer.getGamesCreated());
    }
    if (counts.inserted() + counts.updated() > 0) {
      vertx.eventBus().publish(Addresses.PROPS_EVENTS_IMPORTED, summary.copy().put("at", now.toString()));
    }
    return new ImportSummary(summary);
  }
}
