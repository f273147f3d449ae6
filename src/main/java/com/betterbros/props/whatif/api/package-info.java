/**
 * The what-if domain's contract: what other domains and other JVM services compile against.
 * {@code WhatIfService} on the bus with its requests ({@code SensitivityRequest},
 * {@code InjuryScenario}, {@code LineupScenario}, {@code ScenarioDraft}, {@code ScenarioListQuery})
 * and replies ({@code SensitivityReport}, {@code ScenarioOutcome}, {@code SavedScenario},
 * {@code ScenarioPage}, {@code ScenarioRun} and their items).
 *
 * <p>May import Vert.x (codegen, Future, JSON), {@code bus}, {@code store} types and {@code core}
 * packages; never an implementation (the domain's own package, {@code app}, {@code http}).
 */
package com.betterbros.props.whatif.api;
