package com.betterbros.props.platforms;

import com.betterbros.props.props.core.Prop;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The result of parsing one platform response: the props kept, in feed order, and how many entries
 * were skipped for each reason ({@code "combo"}, {@code "promo"}, {@code "non_standard_odds"},
 * {@code "unknown_stat_type"}, {@code "incomplete"}, {@code "invalid_line"}, {@code "duplicate"}).
 * Reasons with no skipped entry are absent. Both collections are immutable.
 */
public record ParsedFeed(String platform, List<Prop> props, Map<String, Integer> skippedReasons) {

  /** Copies both collections; the reasons are kept sorted by name so equal feeds compare equal. */
  public ParsedFeed {
    Objects.requireNonNull(platform, "platform");
    props = List.copyOf(props);
    skippedReasons = Collections.unmodifiableMap(new TreeMap<>(skippedReasons));
  }

  /** The total number of skipped entries, over all reasons. */
  public int skipped() {
    return skippedReasons.values().stream().mapToInt(Integer::intValue).sum();
  }
}
