package com.betterbros.props.history.core;

/** A team: {@code id} is its abbreviation ("DEN"), unique within a sport; the venue is at (latitude, longitude). */
public record Team(
    String id,
    String sport,
    String city,
    String name,
    String conference,
    double latitude,
    double longitude) {}
