package io.linchpin.monitoring.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** The product brief's examples, shipped as the first version of each detector. */
public final class DefaultDetectors {

  /** A shipped detector. */
  public record Shipped(String key, String name, DetectorRule rule, Severity severity) {}

  public static final List<Shipped> ALL =
      List.of(
          new Shipped(
              "trips-jump",
              "出差天数较本人常态上升30% / Business trips up 30% on the person's own baseline",
              new DetectorRule(
                  DetectorType.JUMP,
                  SignalSeries.TRIP_DAYS,
                  null,
                  3,
                  6,
                  new BigDecimal("0.30"),
                  0,
                  null),
              Severity.MEDIUM),
          new Shipped(
              "expenses-over-limit",
              "报销连续3个月超过8000元 / Expense claims over 8,000 three months running",
              new DetectorRule(
                  DetectorType.STREAK,
                  SignalSeries.EXPENSE_AMOUNT,
                  null,
                  0,
                  0,
                  new BigDecimal("8000"),
                  3,
                  null),
              Severity.MEDIUM),
          new Shipped(
              "performance-and-overtime-down",
              "绩效下降且加班减少 / Performance down while overtime down",
              new DetectorRule(
                  DetectorType.DIVERGENCE,
                  SignalSeries.PERFORMANCE_SCORE,
                  SignalSeries.OVERTIME_HOURS,
                  3,
                  6,
                  new BigDecimal("0.15"),
                  0,
                  null),
              Severity.MEDIUM),
          new Shipped(
              "hotel-cost-ratio",
              "酒店每晚费用达本人常态的2倍 / Hotel cost per night twice the person's usual",
              new DetectorRule(
                  DetectorType.RATIO,
                  SignalSeries.HOTEL_NIGHT_COST,
                  null,
                  0,
                  6,
                  new BigDecimal("2"),
                  0,
                  null),
              Severity.LOW),
          new Shipped(
              "external-debt-or-lawsuit",
              "新增负债、诉讼或失信记录 / New debt record, lawsuit or dishonest-debtor listing",
              new DetectorRule(
                  DetectorType.EXTERNAL_EVENT,
                  null,
                  null,
                  3,
                  0,
                  null,
                  0,
                  Set.of("NEW_LOAN", "OVERDUE_DEBT", "JUDGEMENT", "LAWSUIT", "LISTING")),
              Severity.HIGH));

  private DefaultDetectors() {}
}
