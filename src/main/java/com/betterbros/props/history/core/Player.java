package com.betterbros.props.history.core;

/** A player; {@code id} is a stable slug of the name ("nikola-jokic"), shared by every platform. */
public record Player(String id, String name, String teamId, String position) {}
