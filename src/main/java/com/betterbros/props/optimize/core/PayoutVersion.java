package com.betterbros.props.optimize.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One published set of payout tables.
 *
 * @param version the version name (unique among the versions)
 * @param source where the tables come from
 * @param effectiveDate the first day the tables apply
 * @param tables every (platform, mode, legs) table of the version
 */
public record PayoutVersion(String version, String source, LocalDate effectiveDate, List<PayoutTable> tables) {

  public PayoutVersion {
    tables = List.copyOf(tables);
  }

  /** The table of a platform's mode for a slip of {@code legs} legs, if the version has one. */
  public Optional<PayoutTable> table(String platform, String mode, int legs) {
    return tables.stream()
        .filter(t -> t.platform().equals(platform) && t.mode().equals(mode) && t.legs() == legs)
        .findFirst();
  }

  /** The platforms the version covers, sorted. */
  public SortedSet<String> platforms() {
    return tables.stream().map(PayoutTable::platform).collect(Collectors.toCollection(TreeSet::new));
  }

  /** The modes of one platform, sorted (empty for an unknown platform). */
  public SortedSet<String> modes(String platform) {
    return tables.stream().filter(t -> t.platform().equals(platform))
        .map(PayoutTable::mode).collect(Collectors.toCollection(TreeSet::new));
  }

  /** The slip sizes a platform's mode has a table for, sorted. */
  public SortedSet<Integer> legs(String platform, String mode) {
    return tables.stream().filter(t -> t.platform().equals(platform) && t.mode().equals(mode))
        .map(PayoutTable::legs).collect(Collectors.toCollection(TreeSet::new));
  }
}
