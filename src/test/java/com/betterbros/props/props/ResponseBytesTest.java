package com.betterbros.props.props;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.buffer.BufferInternal;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("answers kept in direct memory are the same bytes and survive being written many times")
class ResponseBytesTest {

  @Test
  @DisplayName("same bytes, direct, and each write's slice released leaves the kept bytes readable")
  void directAndReusable() {
    Buffer heap = new JsonObject().put("props", "x".repeat(20_000)).put("total", 3).toBuffer();
    Buffer kept = ResponseBytes.offHeap(heap);
    assertThat(kept.getBytes()).isEqualTo(heap.getBytes());
    for (int write = 0; write < 3; write++) {
      // what a response write does with it: take the ByteBuf, read it all, release it
      ByteBuf sent = ((BufferInternal) kept).getByteBuf();
      assertThat(sent.isDirect()).as("no heap-to-direct copy by the socket").isTrue();
      byte[] out = new byte[sent.readableBytes()];
      sent.readBytes(out);
      sent.release();
      assertThat(out).isEqualTo(heap.getBytes());
    }
    assertThat(kept.length()).isEqualTo(heap.length());
  }
}
