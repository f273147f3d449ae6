package com.betterbros.props.bus;

/** Every event-bus address, in one place; docs/EVENT-BUS.md describes the messages. */
public final class Addresses {

  public static final String PROPS = "props.service";
  public static final String HISTORY = "history.service";
  public static final String CONTEXT = "context.service";
  public static final String FEATURES = "features.service";

  /**
   * Published after an import or refresh inserted or updated props: the import summary
   * {platform, imported, updated, unchanged, skipped, skipped_reasons} plus {at}.
   */
  public static final String PROPS_EVENTS_IMPORTED = "props.events.imported";

  private Addresses() {}
}
