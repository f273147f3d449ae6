package com.betterbros.props.platforms;

import com.betterbros.props.props.core.Prop;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The part every board feed shares: a JSON object whose array {@code entriesField} holds one entry
 * per line; each entry becomes a prop or an {@link EntrySkipped} reason, and a repeated external id
 * is a {@code "duplicate"}. A parser supplies only how the rest of the document is indexed and how
 * one entry reads.
 */
final class FeedReader {

  /** Reads one entry of the feed; throws {@link EntrySkipped} with the reason it cannot. */
  @FunctionalInterface
  interface EntryReader {
    Prop read(JsonNode entry);
  }

  private FeedReader() {}

  /**
   * Parses {@code json} (whole-feed problems throw {@link MalformedFeedException}), requires the
   * array {@code entriesField}, then asks {@code readerFor} for the entry reader of this document
   * (given its root, to index what the entries point to) and reads every entry in feed order.
   */
  static ParsedFeed read(String platform, String json, Instant observedAt, String entriesField,
      Function<JsonNode, EntryReader> readerFor) {
    Objects.requireNonNull(observedAt, "observedAt");
    JsonNode root = FeedJson.readObject(json);
    JsonNode entries = FeedJson.requireArray(root, entriesField);
    EntryReader reader = readerFor.apply(root);
    List<Prop> props = new ArrayList<>();
    Map<String, Integer> skipped = new LinkedHashMap<>();
    Set<String> keptIds = new HashSet<>();
    for (JsonNode entry : entries) {
      try {
        Prop prop = reader.read(entry);
        if (!keptIds.add(prop.externalId())) {
          throw new EntrySkipped(EntrySkipped.DUPLICATE);
        }
        props.add(prop);
      } catch (EntrySkipped e) {
        skipped.merge(e.reason(), 1, Integer::sum);
      }
    }
    return new ParsedFeed(platform, props, skipped);
  }
}
