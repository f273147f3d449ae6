package com.betterbros.props.props;

import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.buffer.BufferInternal;
import java.nio.ByteBuffer;

/**
 * Answers that are encoded once and sent many times (a kept {@code GET /props} page, {@link PropListingCache}). A heap
 * buffer is copied into direct memory by the socket on every write; these bytes live in direct
 * memory already, so each response writes them as they are (Vert.x sends a read-only slice, never
 * releasing the original). The memory is the JDK's ({@link ByteBuffer#allocateDirect}), freed by its
 * cleaner once the buffer is unreachable, like any other object.
 */
final class ResponseBytes {

  private ResponseBytes() {}

  /** A copy of {@code bytes} in direct memory, to be written many times and never changed. */
  static Buffer offHeap(Buffer bytes) {
    ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length());
    direct.put(bytes.getBytes()).flip();
    return BufferInternal.buffer(Unpooled.wrappedBuffer(direct));
  }
}
