package com.betterbros.props.ratelimit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("GCRA in memory: exact budget per window, steady refill, honest headers")
class GcraTest {

  private static final long MINUTE = 60_000_000; // µs

  private final AtomicLong now = new AtomicLong(1_700_000_000_000L);
  private final LocalLimiter limiter = new LocalLimiter(1_000, now::get);

  @Test
  @DisplayName("from an empty state exactly the budget passes at once, then every request is refused")
  void exactBurst() {
    int passed = 0;
    for (int i = 0; i < 35; i++) {
      if (limiter.acquire("u", 20, MINUTE).allowed()) {
        passed++;
      }
    }
    assertThat(passed).isEqualTo(20);
  }

  @Test
  @DisplayName("remaining counts down from budget-1 to 0 and a refusal says when one request passes again")
  void remainingAndRetryAfter() {
    for (int i = 0; i < 20; i++) {
      Gcra.Decision d = limiter.acquire("u", 20, MINUTE);
      assertThat(d.remaining()).isEqualTo(19 - i);
      assertThat(d.resetUs()).isEqualTo(3_000_000L * (i + 1)); // T = 60 s / 20 = 3 s per used request
    }
    Gcra.Decision refused = limiter.acquire("u", 20, MINUTE);
    assertThat(refused.allowed()).isFalse();
    assertThat(refused.retryAfterUs()).isEqualTo(3_000_000);
    assertThat(refused.retryAfterSeconds()).isEqualTo(3);
    assertThat(refused.resetSeconds()).isEqualTo(60);
  }

  @Test
  @DisplayName("the budget refills one request per T = period / n, and fully after one period")
  void refill() {
    for (int i = 0; i < 20; i++) {
      limiter.acquire("u", 20, MINUTE);
    }
    now.addAndGet(2_999_999);
    assertThat(limiter.acquire("u", 20, MINUTE).allowed()).isFalse();
    now.addAndGet(1);
    assertThat(limiter.acquire("u", 20, MINUTE).allowed()).isTrue();
    assertThat(limiter.acquire("u", 20, MINUTE).allowed()).isFalse();
    now.addAndGet(MINUTE);
    int passed = 0;
    for (int i = 0; i < 30; i++) {
      passed += limiter.acquire("u", 20, MINUTE).allowed() ? 1 : 0;
    }
    assertThat(passed).isEqualTo(20);
  }

  @Test
  @DisplayName("over any 60 s window at most n + floor(window / T) pass under seeded random traffic (seed 13)")
  void slidingBound() {
    Random random = new Random(13);
    long start = now.get();
    java.util.List<Long> passedAt = new java.util.ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      now.addAndGet(random.nextInt(200_000));
      if (limiter.acquire("u", 20, MINUTE).allowed()) {
        passedAt.add(now.get());
      }
    }
    for (int i = 0; i < passedAt.size(); i++) {
      long from = passedAt.get(i);
      long inWindow = passedAt.stream().filter(t -> t >= from && t < from + MINUTE).count();
      assertThat(inWindow).isLessThanOrEqualTo(20 + 20); // burst n, plus n refills in one period
    }
    // the long-run rate is n per minute (+ the first burst)
    long minutes = (now.get() - start) / MINUTE;
    assertThat(passedAt.size()).isBetween((int) (20 * minutes), (int) (20 * (minutes + 2)));
  }

  @Test
  @DisplayName("users and groups have separate budgets; the map is bounded, dropping the least recently used")
  void separateKeysBounded() {
    LocalLimiter small = new LocalLimiter(2, now::get);
    for (int i = 0; i < 3; i++) {
      small.acquire("a", 3, MINUTE);
    }
    assertThat(small.acquire("a", 3, MINUTE).allowed()).isFalse();
    assertThat(small.acquire("b", 3, MINUTE).allowed()).isTrue();
    small.acquire("c", 3, MINUTE); // evicts "a"
    assertThat(small.size()).isEqualTo(2);
    assertThat(small.acquire("a", 3, MINUTE).allowed()).isTrue();
  }

  @Test
  @DisplayName("peek shows what is left without counting")
  void peek() {
    assertThat(limiter.peek("u", 20, MINUTE).remaining()).isEqualTo(20);
    limiter.acquire("u", 20, MINUTE);
    limiter.acquire("u", 20, MINUTE);
    Gcra.Decision seen = limiter.peek("u", 20, MINUTE);
    assertThat(seen.remaining()).isEqualTo(18);
    assertThat(seen.resetUs()).isEqualTo(6_000_000);
    assertThat(limiter.peek("u", 20, MINUTE).remaining()).isEqualTo(18);
  }

  @Test
  @DisplayName("budgets that do not divide a minute still pass exactly n at once (7, 599, 6000, 7000 a minute)")
  void oddBudgets() {
    for (int n : new int[] {7, 599, 6_000, 7_000}) {
      int passed = 0;
      for (int i = 0; i < n + 50; i++) {
        passed += limiter.acquire("odd-" + n, n, MINUTE).allowed() ? 1 : 0;
      }
      assertThat(passed).as("budget %d", n).isEqualTo(n);
    }
  }

  @Test
  @DisplayName("a non-positive budget is refused")
  void badBudget() {
    assertThatThrownBy(() -> Gcra.decide(0, 0, 0, MINUTE)).isInstanceOf(IllegalArgumentException.class);
  }
}
