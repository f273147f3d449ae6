package com.betterbros.props.props.core;

/** What an upsert did: new props inserted, props whose line or status changed, props already current. */
public record UpsertCounts(int inserted, int updated, int unchanged) {}
