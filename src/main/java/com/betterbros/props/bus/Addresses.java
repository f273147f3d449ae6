package com.betterbros.props.bus;

/** Every event-bus address, in one place; docs/EVENT-BUS.md describes the messages. */
public final class Addresses {

  public static final String PROPS = "props.service";
  /**
   * A listing as JSON bytes: body a {@code props.service list} filter, reply a Buffer holding the
   * page's JSON (what a gateway without the props role sends for {@code GET /props}).
   */
  public static final String PROPS_LISTING = "props.listing";
  public static final String HISTORY = "history.service";
  public static final String CONTEXT = "context.service";
  public static final String FEATURES = "features.service";

  /**
   * Published after an import or refresh inserted or updated props: the import summary
   * {platform, imported, updated, unchanged, skipped, skipped_reasons} plus {at}.
   */
  public static final String PROPS_EVENTS_IMPORTED = "props.events.imported";

  /**
   * Published after any committed write that changed props (an import or refresh, a relink, a
   * settlement): {write: upsert | settle, changed, at}. Every props node starts a new listing stamp.
   */
  public static final String PROPS_EVENTS_CHANGED = "props.events.changed";

  public static final String MODEL = "model.service";
  public static final String CORR = "corr.service";
  public static final String EXPERIMENTS = "experiments.service";
  /** Published when a model becomes the production model: {model_id, experiment_id, at}. */
  public static final String MODEL_EVENTS_PROMOTED = "model.events.promoted";
  /** Published when a node's first-model bootstrap changes state: {status, experiment_id?, progress?, reason?}. */
  public static final String MODEL_EVENTS_BOOTSTRAP = "model.events.bootstrap";
  /** Predictions served for open props, sent (point to point) to one eval consumer to record. */
  public static final String MODEL_EVENTS_SERVED = "model.events.served";
  /** Published as an experiment progresses: {id, status, progress}. */
  public static final String EXPERIMENTS_EVENTS_PROGRESS = "experiments.events.progress";

  public static final String OPTIMIZE = "optimize.service";
  public static final String JOBS = "jobs.service";
  public static final String EVAL = "eval.service";
  public static final String SNAPSHOTS = "snapshots.service";
  public static final String WHATIF = "whatif.service";
  public static final String KEYS = "keys.service";
  public static final String USERS = "users.service";

  /**
   * Published when an admin activated or deactivated a user: {user_id, active}. Every gateway
   * drops its cached state of that user, so the next request reads the stored one.
   */
  public static final String USERS_EVENTS_CHANGED = "users.events.changed";

  /**
   * Published after history changed (an import, a sync, a board that created games):
   * {source, job_id?, inserted, updated, at}. Snapshots and caches rebuild on it.
   */
  public static final String HISTORY_EVENTS_CHANGED = "history.events.changed";

  /**
   * Published when a manual alias ties a platform's player to a history player:
   * {source, external_id?, name_key?, player_id}. Props re-point the platform's stored props.
   */
  public static final String HISTORY_EVENTS_IDENTITY = "history.events.identity";

  public static final String LIVE = "live.service";

  /** Operator cache invalidation, served by every node that holds a cache. */
  public static final String CACHE = "cache.service";

  /**
   * Published after a cache invalidation: {domain, invalidated: [...], prefixes: [...], origin, at}.
   * Every node drops its in-process entries under those prefixes (and, for history, its snapshot).
   */
  public static final String CACHE_EVENTS_INVALIDATED = "cache.events.invalidated";

  /**
   * Published by the one node that computed a change of the open board: {first_seq, last_seq,
   * events: [...]}, each event as clients receive it (edge.changed's {@code previous} a whole edge).
   * Every node's /ws/edges hub keeps its state and ring buffer from these.
   */
  public static final String LIVE_EVENTS_EDGES = "live.events.edges";

  private Addresses() {}
}
