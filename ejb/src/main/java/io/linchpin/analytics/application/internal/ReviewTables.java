package io.linchpin.analytics.application.internal;

import io.linchpin.analytics.application.ReviewDocument;
import io.linchpin.analytics.application.ReviewDocument.Table;
import io.linchpin.analytics.application.ReviewService.AlertReview;
import io.linchpin.analytics.application.ReviewService.BenchGap;
import io.linchpin.analytics.application.ReviewService.CaseMonth;
import io.linchpin.analytics.application.ReviewService.CaseReview;
import io.linchpin.analytics.application.ReviewService.CaseTypeFigures;
import io.linchpin.analytics.application.ReviewService.DetectorFigures;
import io.linchpin.analytics.application.ReviewService.HeatCell;
import io.linchpin.analytics.application.ReviewService.InterventionKindFigures;
import io.linchpin.analytics.application.ReviewService.InterventionReview;
import io.linchpin.analytics.application.ReviewService.LoanFigures;
import io.linchpin.analytics.application.ReviewService.MonthCount;
import io.linchpin.analytics.application.ReviewService.Period;
import io.linchpin.analytics.application.ReviewService.RiskGroup;
import io.linchpin.analytics.application.ReviewService.RiskMonth;
import io.linchpin.analytics.application.ReviewService.RiskReview;
import io.linchpin.analytics.application.ReviewService.RootCauseFigure;
import io.linchpin.analytics.application.ReviewService.RootCauseReview;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Each review view as the tables its files hold: the same figures as on screen, a withheld figure
 * as {@link ReviewDocument#WITHHELD}, headers in Chinese and English.
 */
final class ReviewTables {

  private ReviewTables() {}

  static ReviewDocument cases(CaseReview review) {
    List<List<Object>> types = new ArrayList<>();
    for (CaseTypeFigures t : review.types()) {
      types.add(
          t.withheld()
              ? withheld(t.type())
              : row(
                  t.type(),
                  t.people(),
                  t.opened(),
                  t.closed(),
                  t.stillOpen(),
                  t.medianHours(),
                  t.p90Hours(),
                  t.medianSlaHours(),
                  t.withinSlaShare(),
                  t.legalShare(),
                  t.escalations()));
    }
    List<List<Object>> trend = new ArrayList<>();
    for (CaseMonth m : review.trend()) {
      trend.add(
          m.withheld()
              ? row(
                  m.month(),
                  ReviewDocument.WITHHELD,
                  null,
                  null,
                  review.targetDays(),
                  review.baselineDays())
              : row(
                  m.month(),
                  m.closed(),
                  m.medianDays(),
                  m.withinSlaShare(),
                  review.targetDays(),
                  review.baselineDays()));
    }
    return new ReviewDocument(
        "案件处理 Cases",
        scope(review.period()),
        List.of(
            new Table(
                "案件 Cases",
                List.of(
                    "类型 Type",
                    "人数 People",
                    "新开 Opened",
                    "结案 Closed",
                    "未结 Still open",
                    "处理时长中位数(小时) Median hours",
                    "第90百分位(小时) P90 hours",
                    "时限中位数(小时) Median SLA hours",
                    "按时结案占比 Within SLA",
                    "法务参与占比 Legal involved",
                    "升级次数 Escalations"),
                types),
            new Table(
                "案件趋势 Case trend",
                List.of(
                    "月份 Month",
                    "结案 Closed",
                    "处理天数中位数 Median days",
                    "按时结案占比 Within SLA",
                    "目标天数 Target days",
                    "原天数 Baseline days"),
                trend)));
  }

  static ReviewDocument rootCauses(RootCauseReview review) {
    List<List<Object>> rows = new ArrayList<>();
    if (review.withheld()) {
      rows.add(row(ReviewDocument.WITHHELD));
    }
    for (RootCauseFigure f : review.causes()) {
      rows.add(
          f.withheld()
              ? withheld(f.rootCause())
              : row(f.rootCause(), f.cases(), f.people(), f.share()));
    }
    return new ReviewDocument(
        "根本原因 Root causes",
        scope(review.period()),
        List.of(
            new Table(
                "根本原因 Root causes",
                List.of("根本原因 Root cause", "案件 Cases", "人数 People", "占比 Share"),
                rows)));
  }

  static ReviewDocument alerts(AlertReview review) {
    List<List<Object>> detectors = new ArrayList<>();
    List<List<Object>> months = new ArrayList<>();
    for (DetectorFigures d : review.detectors()) {
      if (d.withheld()) {
        detectors.add(row(d.detectorKey(), d.detectorName(), ReviewDocument.WITHHELD));
        continue;
      }
      detectors.add(
          row(
              d.detectorKey(),
              d.detectorName(),
              d.raised(),
              d.open(),
              d.triaged(),
              d.cases(),
              d.dismissed(),
              d.dismissedShare(),
              d.noisy() ? "是 yes" : ""));
      for (MonthCount m : d.months()) {
        months.add(row(d.detectorKey(), m.month(), m.raised()));
      }
    }
    return new ReviewDocument(
        "预警 Alerts",
        scope(review.period()),
        List.of(
            new Table(
                "预警 Alerts",
                List.of(
                    "检测器 Detector",
                    "名称 Name",
                    "触发 Raised",
                    "新 New",
                    "已分诊 Triaged",
                    "转为案件 Cases",
                    "已驳回 Dismissed",
                    "驳回占比 Dismissed share",
                    "需调整 Noisy"),
                detectors),
            new Table(
                "预警按月 Alerts by month", List.of("检测器 Detector", "月份 Month", "触发 Raised"), months)));
  }

  static ReviewDocument interventions(InterventionReview review) {
    List<List<Object>> kinds = new ArrayList<>();
    for (InterventionKindFigures k : review.kinds()) {
      kinds.add(
          k.withheld()
              ? withheld(k.kind())
              : row(
                  k.kind(),
                  k.people(),
                  k.planned(),
                  k.done(),
                  k.cancelled(),
                  k.open(),
                  k.followedUp(),
                  k.retainedShare(),
                  k.riskDownShare(),
                  k.customersHeld(),
                  k.customersKept(),
                  k.customersKeptShare()));
    }
    LoanFigures l = review.loans();
    return new ReviewDocument(
        "干预措施 Interventions",
        scope(review.period()),
        List.of(
            new Table(
                "干预措施 Interventions",
                List.of(
                    "类型 Kind",
                    "人数 People",
                    "计划 Planned",
                    "完成 Done",
                    "取消 Cancelled",
                    "进行中 Open",
                    "已满" + review.outcomeMonths() + "个月 Followed up",
                    "留任占比 Retained",
                    "风险下降占比 Risk down",
                    "移交客户 Customers handed over",
                    "保留客户 Customers kept",
                    "客户保留占比 Customers kept share"),
                kinds),
            new Table(
                "救助借款 Relief loans",
                List.of("笔数 Loans", "发放 Granted", "已还 Repaid", "未还 Outstanding"),
                List.of(
                    l.withheld()
                        ? row(ReviewDocument.WITHHELD)
                        : row(l.loans(), l.granted(), l.repaid(), l.outstanding())))));
  }

  static ReviewDocument risk(RiskReview review) {
    List<String> groupHeaders = new ArrayList<>(List.of("名称 Name", "人数 People"));
    review.bands().forEach(b -> groupHeaders.add("风险 Risk " + b));
    groupHeaders.addAll(
        List.of("中位数 Median", "第90百分位 P90", "高风险(≥" + review.highFrom() + ") High"));
    List<List<Object>> units = new ArrayList<>();
    units.add(group("全部 All", review.overall()));
    review.units().forEach(g -> units.add(group(g.name(), g)));
    List<List<Object>> families = new ArrayList<>();
    review
        .roleFamilies()
        .forEach(g -> families.add(group(g.name() == null ? "— none" : g.name(), g)));
    List<List<Object>> trend = new ArrayList<>();
    for (RiskMonth m : review.overall().trend()) {
      trend.add(
          m.withheld()
              ? row(m.month(), ReviewDocument.WITHHELD)
              : row(m.month(), m.people(), m.median(), m.mean(), m.high()));
    }
    List<String> heatHeaders = new ArrayList<>(List.of("关键程度 \\ 风险 Criticality \\ risk"));
    review.bands().forEach(heatHeaders::add);
    List<List<Object>> heat = new ArrayList<>();
    for (String criticality : review.bands()) {
      List<Object> row = new ArrayList<>();
      row.add(criticality);
      for (HeatCell c : review.heatMap()) {
        if (c.criticality().equals(criticality)) {
          row.add(c.withheld() ? ReviewDocument.WITHHELD : c.people());
        }
      }
      heat.add(row);
    }
    List<List<Object>> bench = new ArrayList<>();
    for (BenchGap g : review.bench().highestRisk()) {
      bench.add(
          row(
              g.employeeNumber(),
              g.fullName(),
              g.orgUnit(),
              g.position(),
              g.roleFamily(),
              g.criticality(),
              g.riskScore(),
              g.bestReadiness() == null ? "无 none" : g.bestReadiness()));
    }
    return new ReviewDocument(
        "风险概览 Risk overview",
        scope(review.period())
            + (review.month() == null ? " · 无评分 no scores" : " · 最新月份 Latest " + review.month())
            + " · 核心岗位 Core roles "
            + review.bench().coreRoles()
            + " · 无就绪继任者 Without a ready successor "
            + review.bench().withoutReadySuccessor(),
        List.of(
            new Table("风险·按部门 Risk by unit", groupHeaders, units),
            new Table("风险·按岗位族 Risk by role family", groupHeaders, families),
            new Table(
                "风险趋势 Risk trend",
                List.of("月份 Month", "人数 People", "中位数 Median", "平均 Mean", "高风险 High"),
                trend),
            new Table("风险热力图 Risk heat map", heatHeaders, heat),
            new Table(
                "无继任 No bench",
                List.of(
                    "工号 Number",
                    "姓名 Name",
                    "部门 Unit",
                    "岗位 Position",
                    "岗位族 Role family",
                    "关键程度 Criticality",
                    "风险 Risk",
                    "最佳继任者 Best successor"),
                bench)));
  }

  private static List<Object> group(String name, RiskGroup g) {
    if (g.withheld()) {
      return row(name, ReviewDocument.WITHHELD);
    }
    List<Object> row = new ArrayList<>(List.of(name, g.people()));
    row.addAll(g.distribution());
    row.addAll(Arrays.asList(g.median(), g.p90(), g.high()));
    return row;
  }

  /** The scope line: period, unit and filters as applied. */
  static String scope(Period period) {
    return "期间 Period: "
        + period.from()
        + " – "
        + period.to()
        + (period.orgUnit() == null ? "" : " · 部门 Unit: " + period.orgUnit())
        + (period.caseType() == null ? "" : " · 类型 Type: " + period.caseType())
        + (period.roleFamily() == null ? "" : " · 岗位族 Role family: " + period.roleFamily());
  }

  private static List<Object> withheld(String name) {
    return row(name, ReviewDocument.WITHHELD);
  }

  private static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }
}
