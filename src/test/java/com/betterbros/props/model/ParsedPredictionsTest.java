package com.betterbros.props.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("cached prediction texts are parsed once, keyed by the text, bounded")
class ParsedPredictionsTest {

  @Test
  @DisplayName("the same text (even another String instance) gives the same object; another text its own parse")
  void sameTextSameObject() {
    ParsedPredictions memo = new ParsedPredictions(10);
    String text = new JsonObject().put("prop_id", "pp:1").put("p_over", 0.61).encode();
    JsonObject first = memo.of(text);
    assertThat(memo.of(new String(text.toCharArray()))).isSameAs(first);
    assertThat(first).isEqualTo(new JsonObject(text));
    String changed = new JsonObject().put("prop_id", "pp:1").put("p_over", 0.62).encode();
    assertThat(memo.of(changed).getDouble("p_over")).isEqualTo(0.62);
    assertThat(memo.size()).isEqualTo(2);
  }

  @Test
  @DisplayName("at most maxEntries texts, the least recently used dropped first")
  void bounded() {
    ParsedPredictions memo = new ParsedPredictions(3);
    String[] texts = new String[5];
    for (int i = 0; i < 5; i++) {
      texts[i] = new JsonObject().put("i", i).encode();
      memo.of(texts[i]);
    }
    assertThat(memo.size()).isEqualTo(3);
    JsonObject recent = memo.of(texts[4]);
    assertThat(memo.of(texts[4])).isSameAs(recent);
    assertThatThrownBy(() -> new ParsedPredictions(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
