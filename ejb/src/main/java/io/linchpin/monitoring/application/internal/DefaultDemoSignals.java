package io.linchpin.monitoring.application.internal;

import io.linchpin.monitoring.application.DemoSignals;
import io.linchpin.monitoring.application.ScanStarted;
import io.linchpin.monitoring.domain.AlertRepository;
import io.linchpin.monitoring.domain.ScanRun;
import io.linchpin.monitoring.domain.SignalRepository;
import io.linchpin.monitoring.domain.SignalSeries;
import io.linchpin.monitoring.domain.SignalValue;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;

/**
 * See {@link DemoSignals}. Everyone's months vary a little around a level of their own, never
 * enough for a detector; the two stories are drawn on top.
 */
@Stateless
@PermitAll
public class DefaultDemoSignals implements DemoSignals {

  private static final String BY = "demo";

  @Inject SignalRepository signals;
  @Inject AlertRepository alerts;
  @Inject Event<ScanStarted> started;

  private final Clock clock = Clock.systemDefaultZone();

  @Override
  public void seed(long engineerId, long overspenderId, List<Long> everyone) {
    Random random = new Random(20261130L);
    YearMonth last = YearMonth.now(clock).minusMonths(1);
    Instant now = clock.instant();
    for (long id : everyone) {
      double attendance = 168 + random.nextInt(16);
      double overtime = 10 + random.nextInt(20);
      double trips = 2 + random.nextInt(4);
      double expenses = 1500 + random.nextInt(3000);
      double hotel = 350 + random.nextInt(250);
      double performance = 70 + random.nextInt(20);
      for (int back = MONTHS - 1; back >= 0; back--) {
        YearMonth month = last.minusMonths(back);
        boolean recent = back < 3;
        double tripsNow = trips;
        double expensesNow = expenses;
        if (id == engineerId && recent) {
          tripsNow = trips * 1.4;
        }
        if (id == overspenderId && recent) {
          expensesNow = 9200 + 400 * (2 - back);
        }
        add(id, SignalSeries.ATTENDANCE_HOURS, month, attendance, 0.02, random, now);
        add(id, SignalSeries.OVERTIME_HOURS, month, overtime, 0.03, random, now);
        add(id, SignalSeries.TRIP_DAYS, month, tripsNow, 0, random, now);
        add(id, SignalSeries.EXPENSE_AMOUNT, month, expensesNow, 0.05, random, now);
        add(id, SignalSeries.HOTEL_NIGHT_COST, month, hotel, 0.05, random, now);
        add(id, SignalSeries.PERFORMANCE_SCORE, month, performance, 0.02, random, now);
      }
    }
    ScanRun first = new ScanRun(last, BY, now);
    alerts.add(first);
    started.fire(new ScanStarted(first.getId()));
  }

  private void add(
      long id,
      SignalSeries series,
      YearMonth month,
      double level,
      double spread,
      Random random,
      Instant now) {
    double value = level * (1 + spread * (random.nextDouble() * 2 - 1));
    signals.add(
        new SignalValue(
            id,
            series,
            month,
            BigDecimal.valueOf(value)
                .setScale(series == SignalSeries.TRIP_DAYS ? 1 : 2, RoundingMode.HALF_UP),
            now,
            BY));
  }
}
