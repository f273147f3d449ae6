package com.betterbros.props.app;

import com.betterbros.props.context.ContextRepository;
import com.betterbros.props.context.MemoryContextRepository;
import com.betterbros.props.context.PgContextRepository;
import com.betterbros.props.eval.BacktestRepository;
import com.betterbros.props.eval.LiveRepository;
import com.betterbros.props.eval.MemoryLiveRepository;
import com.betterbros.props.eval.PgLiveRepository;
import com.betterbros.props.eval.MemoryBacktestRepository;
import com.betterbros.props.eval.PgBacktestRepository;
import com.betterbros.props.experiments.ExperimentRepository;
import com.betterbros.props.experiments.MemoryExperimentRepository;
import com.betterbros.props.experiments.PgExperimentRepository;
import com.betterbros.props.history.HistoryRepository;
import com.betterbros.props.history.IdentityRepository;
import com.betterbros.props.history.MemoryHistoryRepository;
import com.betterbros.props.history.MemoryIdentityRepository;
import com.betterbros.props.history.PgHistoryRepository;
import com.betterbros.props.history.PgIdentityRepository;
import com.betterbros.props.jobs.JobRepository;
import com.betterbros.props.jobs.MemoryJobRepository;
import com.betterbros.props.jobs.PgJobRepository;
import com.betterbros.props.model.MemoryModelRepository;
import com.betterbros.props.model.ModelRepository;
import com.betterbros.props.model.PgModelRepository;
import com.betterbros.props.props.MemoryPropRepository;
import com.betterbros.props.props.PgPropRepository;
import com.betterbros.props.props.PropRepository;
import com.betterbros.props.store.PgStore;
import com.betterbros.props.snapshots.MemorySnapshotRepository;
import com.betterbros.props.snapshots.PgSnapshotRepository;
import com.betterbros.props.snapshots.SnapshotRepository;
import com.betterbros.props.whatif.MemoryWhatIfRepository;
import com.betterbros.props.whatif.PgWhatIfRepository;
import com.betterbros.props.whatif.WhatIfRepository;
import com.betterbros.props.keys.KeyRepository;
import com.betterbros.props.keys.MemoryKeyRepository;
import com.betterbros.props.keys.PgKeyRepository;
import com.betterbros.props.users.MemoryUserRepository;
import com.betterbros.props.users.PgUserRepository;
import com.betterbros.props.users.UserRepository;
import io.vertx.sqlclient.Pool;

/** The repositories a node works with, all in memory or all in PostgreSQL. */
public record Repositories(
    PropRepository props,
    HistoryRepository history,
    ContextRepository context,
    ModelRepository models,
    ExperimentRepository experiments,
    IdentityRepository identities,
    JobRepository jobs,
    SnapshotRepository snapshots,
    BacktestRepository backtests,
    LiveRepository live,
    WhatIfRepository whatif,
    KeyRepository keys,
    UserRepository users) {

  /** Fresh, empty in-memory repositories (embedded mode and unit tests). */
  public static Repositories memory() {
    return new Repositories(new MemoryPropRepository(), new MemoryHistoryRepository(), new MemoryContextRepository(),
        new MemoryModelRepository(), new MemoryExperimentRepository(), new MemoryIdentityRepository(),
        new MemoryJobRepository(), new MemorySnapshotRepository(), new MemoryBacktestRepository(), new MemoryLiveRepository(),
        new MemoryWhatIfRepository(), new MemoryKeyRepository(), new MemoryUserRepository());
  }

  /** PostgreSQL repositories sharing one pool (see {@link PgStore#open}); props listings never kept (tools, seeding). */
  public static Repositories postgres(Pool pool) {
    return postgres(pool, java.time.Duration.ZERO);
  }

  /** The same, a props node's: {@code listingMaxAge} bounds how long a kept listing goes without a change event. */
  public static Repositories postgres(Pool pool, java.time.Duration listingMaxAge) {
    return new Repositories(new PgPropRepository(pool, listingMaxAge), new PgHistoryRepository(pool), new PgContextRepository(pool),
        new PgModelRepository(pool), new PgExperimentRepository(pool), new PgIdentityRepository(pool),
        new PgJobRepository(pool), new PgSnapshotRepository(pool), new PgBacktestRepository(pool), new PgLiveRepository(pool),
        new PgWhatIfRepository(pool), new PgKeyRepository(pool), new PgUserRepository(pool));
  }
}
