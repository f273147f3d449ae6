package com.betterbros.props.live.core;

import java.util.List;
import java.util.Objects;

/**
 * One event of the live feed. {@code seq} is the feed's global sequence number (one counter for
 * the whole cluster); {@code at} is when the change was computed (ISO-8601 UTC).
 *
 * @param edge the prop's edge now (new, changed), or the last one published (gone)
 * @param previous the last published edge (changed only)
 * @param reasons why a change was sent ({@link ChangeRules}); empty otherwise
 * @param reason why an edge is gone: {@code closed} (its game started), {@code removed} (no longer on
 *     the open board or no longer priced) or, per subscriber, {@code below_filter}
 * @param platform the board a {@code slip.best} is about
 * @param slip the platform's best slip now, or null when it has none (slip.best only)
 */
public record EdgeEvent(long seq, String at, Type type, String propId, Edge edge, Edge previous, List<String> reasons,
    String reason, String platform, BestSlip slip) {

  /** The event types, with their wire names. */
  public enum Type {
    NEW("edge.new"), CHANGED("edge.changed"), GONE("edge.gone"), SLIP_BEST("slip.best");

    public final String wire;

    Type(String wire) {
      this.wire = wire;
    }
  }

  public EdgeEvent {
    Objects.requireNonNull(type, "type");
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
  }

  public static EdgeEvent added(long seq, String at, Edge edge) {
    return new EdgeEvent(seq, at, Type.NEW, edge.propId(), edge, null, List.of(), null, edge.platform(), null);
  }

  public static EdgeEvent changed(long seq, String at, Edge edge, Edge previous, List<String> reasons) {
    return new EdgeEvent(seq, at, Type.CHANGED, edge.propId(), edge, previous, reasons, null, edge.platform(), null);
  }

  public static EdgeEvent gone(long seq, String at, Edge last, String reason) {
    return new EdgeEvent(seq, at, Type.GONE, last.propId(), last, null, List.of(), reason, last.platform(), null);
  }

  public static EdgeEvent bestSlip(long seq, String at, String platform, BestSlip slip) {
    return new EdgeEvent(seq, at, Type.SLIP_BEST, null, null, null, List.of(), null, platform, slip);
  }

  /** The coalescing key: the prop, or the platform's best slip. */
  public String key() {
    return type == Type.SLIP_BEST ? "slip:" + platform : propId;
  }

  /** This event with another type, sequence number or gone reason (used per subscriber). */
  public EdgeEvent as(Type newType, String newReason) {
    return new EdgeEvent(seq, at, newType, propId, edge, newType == Type.CHANGED ? previous : null,
        newType == Type.CHANGED ? reasons : List.of(), newReason, platform, slip);
  }
}
