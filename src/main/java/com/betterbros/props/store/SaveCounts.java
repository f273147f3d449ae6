package com.betterbros.props.store;

/** What a batch save did: rows new to the store, rows it changed, rows it already held as given. */
public record SaveCounts(int inserted, int updated, int unchanged) {

  public static final SaveCounts NONE = new SaveCounts(0, 0, 0);

  public SaveCounts plus(SaveCounts other) {
    return new SaveCounts(inserted + other.inserted, updated + other.updated, unchanged + other.unchanged);
  }

  public int total() {
    return inserted + updated + unchanged;
  }
}
