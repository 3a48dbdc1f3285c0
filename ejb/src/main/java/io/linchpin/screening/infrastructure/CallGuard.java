package io.linchpin.screening.infrastructure;

import io.linchpin.shared.ExtensionSettings;
import io.linchpin.spi.screening.ProviderException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * What stands between Linchpin and an external source: each attempt ends after a timeout, a failed
 * attempt is tried again after a pause, and after a run of failed calls the circuit opens: calls
 * fail at once, without reaching the source, until a pause has passed and one call gets through
 * again. Settings per provider: {@code linchpin.screening.<id>.timeoutMillis} (10,000), {@code
 * .attempts} (3), {@code .breakerFailures} (5) and {@code .breakerOpenMillis} (30,000).
 */
final class CallGuard {

  /** A call to a source. */
  interface Call<T> {
    T run() throws ProviderException;
  }

  private final String id;
  private final ExecutorService executor;
  private final long timeoutMillis;
  private final int attempts;
  private final int breakerFailures;
  private final long breakerOpenMillis;
  private final LongSupplier clock;
  private final AtomicInteger consecutiveFailures = new AtomicInteger();
  private final AtomicLong openUntil = new AtomicLong();

  CallGuard(
      String id,
      ExecutorService executor,
      long timeoutMillis,
      int attempts,
      int breakerFailures,
      long breakerOpenMillis,
      LongSupplier clock) {
    this.id = id;
    this.executor = executor;
    this.timeoutMillis = timeoutMillis;
    this.attempts = attempts;
    this.breakerFailures = breakerFailures;
    this.breakerOpenMillis = breakerOpenMillis;
    this.clock = clock;
  }

  static CallGuard configured(String id, ExecutorService executor) {
    return new CallGuard(
        id,
        executor,
        setting(id, "timeoutMillis", 10_000, 100, 300_000),
        (int) setting(id, "attempts", 3, 1, 10),
        (int) setting(id, "breakerFailures", 5, 1, 1000),
        setting(id, "breakerOpenMillis", 30_000, 0, 3_600_000),
        System::currentTimeMillis);
  }

  private static long setting(String id, String name, long fallback, long min, long max) {
    return ExtensionSettings.bounded(
        "data provider " + id,
        DataProviders.PREFIX + id + "." + name,
        fallback,
        min,
        max,
        "a whole number");
  }

  /** Runs a call with timeout, retries and the circuit breaker. */
  <T> T call(Call<T> call) throws ProviderException {
    long now = clock.getAsLong();
    if (openUntil.get() > now) {
      throw new ProviderException(
          "not asked: "
              + consecutiveFailures.get()
              + " calls in a row failed, so calls pause until "
              + java.time.Instant.ofEpochMilli(openUntil.get()));
    }
    ProviderException last = null;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      try {
        T result = once(call);
        consecutiveFailures.set(0);
        return result;
      } catch (ProviderException e) {
        last = e;
        if (consecutiveFailures.incrementAndGet() >= breakerFailures) {
          openUntil.set(clock.getAsLong() + breakerOpenMillis);
          break;
        }
        if (attempt < attempts) {
          pause(200L * attempt);
        }
      }
    }
    throw new ProviderException(
        last.getMessage() + (attempts > 1 ? " (after up to " + attempts + " attempts)" : ""), last);
  }

  /** One guarded attempt without retries, for health probes. */
  <T> T probe(Call<T> call) throws ProviderException {
    return once(call);
  }

  private <T> T once(Call<T> call) throws ProviderException {
    Future<T> future =
        executor.submit(
            () -> {
              try {
                return call.run();
              } catch (ProviderException e) {
                throw new ExecutionWrapper(e);
              }
            });
    try {
      return future.get(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new ProviderException("no answer within " + timeoutMillis + " ms");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ExecutionWrapper w) {
        throw w.failure;
      }
      throw new ProviderException(
          "data provider " + id + " failed: " + cause.getClass().getSimpleName(), cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProviderException("interrupted");
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Carries a provider's own failure out of the executor. */
  private static final class ExecutionWrapper extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ProviderException failure;

    ExecutionWrapper(ProviderException failure) {
      super(failure.getMessage(), null, false, false);
      this.failure = failure;
    }
  }
}
