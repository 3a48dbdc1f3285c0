package io.linchpin.corerole.application.internal;

import io.linchpin.corerole.application.DemoAssessments;
import io.linchpin.corerole.domain.Assessment;
import io.linchpin.corerole.domain.AssessmentRepository;
import io.linchpin.corerole.domain.Criterion;
import io.linchpin.corerole.domain.Rating;
import io.linchpin.corerole.domain.ScoringModel;
import io.linchpin.corerole.domain.module.ModuleRecord;
import io.linchpin.corerole.domain.module.ModuleRepository;
import io.linchpin.corerole.domain.module.RecordValues;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** The demo's assessments, made by the demo HR business partner; the same on every run. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DefaultDemoAssessments implements DemoAssessments {

  static final String ASSESSOR = "hr.bp";

  @Inject AssessmentRepository assessments;
  @Inject ModuleRepository modules;

  @Override
  public void seed(Person thirtyPercent, Person longCustomers, List<Person> others) {
    ScoringModel model = assessments.model();
    Instant now = Instant.now();
    add(
        thirtyPercent,
        List.of(
            new Rating(Criterion.CUSTOMER_ACCOUNTS, 5, "名下客户贡献公司全年销售额的30%，主要客户只与其本人对接。"),
            new Rating(Criterion.EXTERNAL_RELATIONSHIPS, 4, "三家核心经销商的年度框架协议由其本人谈定。"),
            new Rating(Criterion.TENURE, 4, "在岗八年，经历两轮价格体系调整。"),
            new Rating(Criterion.RAMP_UP_TIME, 4, "招聘并培养同等水平的接替者约需6个月。"),
            new Rating(Criterion.BUSINESS_DISRUPTION, 5, "若离职，预计客户流失率最高25%，损失超过500万元。"),
            new Rating(Criterion.REPLACEMENT_COST, 4, "猎头费加过渡期薪酬约为年薪的1.5至2倍。")),
        "产品简报案例一：销售经理掌握30%的年销售额。",
        model,
        now);
    add(
        longCustomers,
        List.of(
            new Rating(Criterion.CUSTOMER_ACCOUNTS, 4, "掌握公司20%的客户，其中60%合作超过5年。"),
            new Rating(Criterion.TENURE, 5, "与大部分客户的合作始于其入职之初。"),
            new Rating(Criterion.UNIQUE_KNOW_HOW, 3, "老客户的定制报价规则只有其本人掌握。"),
            new Rating(Criterion.RAMP_UP_TIME, 4, "两名可能的继任者均需约6个月才能接手。"),
            new Rating(Criterion.MARKET_SCARCITY, 3, "同行业同级别人才稀缺。")),
        "产品简报案例二：长期客户集中在一人手中，已有两名继任候选人。",
        model,
        now);
    LocalDate today = LocalDate.now();
    // 30 % of the company's 100 million yuan of annual sales, over ten customers of six to eight
    // years that no one else knows
    for (int i = 0; i < 10; i++) {
      customer(
          thirtyPercent,
          "客户" + (char) ('A' + i),
          today.minusYears(6 + i % 3),
          3_000_000,
          "NONE",
          now);
    }
    // 20 of the company's 100 customers, 12 of them for more than five years; the two possible
    // successors already know four of them
    for (int i = 0; i < 20; i++) {
      customer(
          longCustomers,
          "长期客户" + (i + 1),
          i < 12 ? today.minusYears(7) : today.minusYears(2),
          500_000,
          i < 4 ? "PARTIAL" : "NONE",
          now);
    }
    Random random = new Random(20261201L);
    for (Person p : others) {
      List<Rating> ratings = new ArrayList<>();
      for (Criterion c : Criterion.values()) {
        if (random.nextInt(3) == 0 && !Criterion.of(c.dimension()).get(0).equals(c)) {
          continue;
        }
        int rating = random.nextInt(Criterion.MAX_RATING + 1);
        ratings.add(
            new Rating(
                c,
                rating,
                rating >= Criterion.EVIDENCE_FROM ? evidence(c, p.positionCode()) : null));
      }
      add(p, ratings, null, model, now);
    }
  }

  private void customer(
      Person p, String name, LocalDate since, double revenue, String coverage, Instant at) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("customer", name);
    values.put("since", since.toString());
    values.put("annualRevenue", revenue);
    values.put("successorCoverage", coverage);
    modules.add(
        new ModuleRecord(
            UUID.randomUUID().toString(),
            SalesCustomers.MODULE,
            SalesCustomers.COLLECTION,
            p.id(),
            p.dataSubject(),
            1,
            RecordValues.toJson(values),
            at,
            ASSESSOR));
  }

  private void add(Person p, List<Rating> ratings, String note, ScoringModel model, Instant at) {
    assessments.add(
        new Assessment(
            UUID.randomUUID().toString(),
            p.id(),
            p.dataSubject(),
            p.positionId(),
            ratings,
            note,
            model,
            at,
            ASSESSOR));
  }

  private static String evidence(Criterion c, String position) {
    return switch (c) {
      case CUSTOMER_ACCOUNTS -> "负责的重点客户多由其本人维护。";
      case CODE_AND_SYSTEMS -> "核心模块的维护者，文档不全。";
      case PATENTS_AND_IP -> "名下有在审专利。";
      case EXTERNAL_RELATIONSHIPS -> "与关键供应商的联系人为其本人。";
      case TENURE -> "在岗多年（" + position + "）。";
      case UNIQUE_KNOW_HOW -> "掌握未成文的业务规则。";
      case RAMP_UP_TIME -> "接替者上手需数月。";
      case REPLACEMENT_COST -> "市场招聘成本高。";
      case MARKET_SCARCITY -> "同类人才稀缺。";
      case BUSINESS_DISRUPTION -> "空缺期间交付受影响。";
    };
  }
}
