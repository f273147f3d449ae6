package com.betterbros.props.experiments;

import com.betterbros.props.features.api.SnapshotSource;
import com.betterbros.props.model.api.ModelRegistry;
import com.betterbros.props.props.api.PropReader;

/**
 * What the experiments domain reads and writes: its own repository, and the in-process contracts
 * of the domains it trains from and hands models to — the props it reads posted lines from, the
 * node's shared history snapshot, and the model domain's registry (where trained models are
 * registered and promoted). {@code app} assembles it.
 */
public record ExperimentsStores(ExperimentRepository experiments, ModelRegistry models, PropReader props,
    SnapshotSource snapshots) {}
