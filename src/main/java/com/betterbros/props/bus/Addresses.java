package com.betterbros.props.bus;

/** Every event-bus address, in one place; docs/EVENT-BUS.md describes the messages. */
public final class Addresses {

  public static final String PROPS = "props.service";
  public static final String HISTORY = "history.service";
  public static final String CONTEXT = "context.service";

  /** Published after an import or refresh changed props: {platform, inserted, updated, at}. */
  public static final String PROPS_EVENTS_IMPORTED = "props.events.imported";
  /** Published per prop whose line moved: {prop_id, old_line, new_line, at}. */
  public static final String PROPS_EVENTS_LINE_MOVED = "props.events.line_moved";

  private Addresses() {}
}
