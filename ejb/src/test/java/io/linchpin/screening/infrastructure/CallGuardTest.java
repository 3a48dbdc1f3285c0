package io.linchpin.screening.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linchpin.spi.screening.ProviderException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Calls to a source end in time, are tried again, and stop reaching a failing source. */
class CallGuardTest {

  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final AtomicLong now = new AtomicLong(1_000_000);

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  private CallGuard guard(long timeoutMillis, int attempts, int breakerFailures) {
    return new CallGuard(
        "test", executor, timeoutMillis, attempts, breakerFailures, 30_000, now::get);
  }

  @Test
  void aSlowSourceTimesOut() {
    ProviderException e =
        assertThrows(
            ProviderException.class,
            () ->
                guard(100, 1, 10)
                    .call(
                        () -> {
                          try {
                            Thread.sleep(5_000);
                          } catch (InterruptedException stopped) {
                            Thread.currentThread().interrupt();
                          }
                          return "late";
                        }));
    assertTrue(e.getMessage().contains("no answer within 100 ms"), e.getMessage());
  }

  @Test
  void aFailedAttemptIsTriedAgain() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    String answer =
        guard(1_000, 3, 10)
            .call(
                () -> {
                  if (calls.incrementAndGet() < 3) {
                    throw new ProviderException("busy");
                  }
                  return "ok";
                });
    assertEquals("ok", answer);
    assertEquals(3, calls.get());
  }

  @Test
  void afterARunOfFailuresTheSourceIsNotAskedUntilThePauseHasPassed() throws Exception {
    CallGuard guard = guard(1_000, 1, 3);
    AtomicInteger calls = new AtomicInteger();
    CallGuard.Call<String> failing =
        () -> {
          calls.incrementAndGet();
          throw new ProviderException("down");
        };
    for (int i = 0; i < 3; i++) {
      assertThrows(ProviderException.class, () -> guard.call(failing));
    }
    ProviderException open = assertThrows(ProviderException.class, () -> guard.call(failing));
    assertTrue(open.getMessage().startsWith("not asked"), open.getMessage());
    assertEquals(3, calls.get(), "the open circuit does not reach the source");
    now.addAndGet(30_001);
    assertEquals("back", guard.call(() -> "back"));
    assertEquals("again", guard.call(() -> "again"), "a success closes the circuit");
  }

  @Test
  void anUnexpectedErrorIsAFailureWithoutItsMessage() {
    ProviderException e =
        assertThrows(
            ProviderException.class,
            () ->
                guard(1_000, 1, 10)
                    .call(
                        () -> {
                          throw new IllegalStateException("110101199001011234 not found");
                        }));
    assertTrue(e.getMessage().endsWith("failed: IllegalStateException"), e.getMessage());
  }
}
