package com.betterbros.props.cache;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The caches an operator can invalidate, by domain: the key prefix each domain's cached answers
 * live under (written beside each service's cache key: {@code FeatureItem.cacheKey},
 * {@code ModelServiceImpl.cacheKey}, {@code CorrServiceImpl}, {@code ContextServiceImpl.cached}),
 * and {@code history}, the node's in-memory history snapshot that features, model, corr,
 * experiments and what-if read. {@code all} is every one of them.
 */
final class CacheDomains {

  static final String ALL = "all";
  static final String HISTORY = "history";

  /** Domain to key prefix; history has none (it is not in the key-value cache). */
  static final Map<String, String> PREFIXES;

  static {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("features", "feat:");
    m.put("predictions", "pred:");
    m.put("corr", "corr:");
    m.put("context", "ctx:");
    PREFIXES = java.util.Collections.unmodifiableMap(m);
  }

  private CacheDomains() {}

  /** Every name {@code invalidate} takes, in the order the docs list them. */
  static List<String> names() {
    List<String> names = new java.util.ArrayList<>(PREFIXES.keySet());
    names.add(HISTORY);
    names.add(ALL);
    return names;
  }

  /** The domains {@code domain} covers ({@code all}: every one), or null when it is not a name. */
  static List<String> covered(String domain) {
    if (ALL.equals(domain)) {
      return names().subList(0, names().size() - 1);
    }
    return domain != null && names().contains(domain) ? List.of(domain) : null;
  }

  /** The key prefixes of {@code domains}. */
  static List<String> prefixes(List<String> domains) {
    return domains.stream().filter(PREFIXES::containsKey).map(PREFIXES::get).toList();
  }
}
