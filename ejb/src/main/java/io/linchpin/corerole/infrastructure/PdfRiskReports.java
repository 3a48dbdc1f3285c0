package io.linchpin.corerole.infrastructure;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.linchpin.corerole.domain.Range;
import io.linchpin.corerole.domain.RiskReport;
import io.linchpin.shared.PrintFont;
import io.linchpin.shared.infrastructure.PdfFonts;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;

/**
 * The risk assessment report as PDF, bilingual (Chinese first), with a CJK font embedded as a
 * subset so that it prints the same everywhere (the {@link PrintFont}).
 */
@ApplicationScoped
public class PdfRiskReports implements RiskReport.Renderer {

  private static final Color INK = new Color(0x1f, 0x3a, 0x5f);
  private static final Color RULE = new Color(0xe3, 0xe8, 0xee);
  private static final Map<String, String> ITEMS =
      Map.of(
          "revenueAtRisk", "收入风险 Revenue at risk",
          "recruiting", "招聘成本 Recruiting",
          "rampUp", "上手期损失 Ramp-up",
          "projectStall", "项目停滞 Project stall",
          "replacementCost", "替换成本 Replacement cost",
          "total", "总风险敞口 Total exposure");
  private static final Map<String, String> CRITERIA =
      Map.of(
          "CUSTOMER_ACCOUNTS", "个人掌握的客户资源",
          "CODE_AND_SYSTEMS", "只有其掌握的代码、系统或数据",
          "PATENTS_AND_IP", "专利、设计、方法",
          "EXTERNAL_RELATIONSHIPS", "供应商、合作伙伴、监管关系",
          "TENURE", "任职及从业年限",
          "UNIQUE_KNOW_HOW", "他人不具备的专有经验",
          "RAMP_UP_TIME", "接任者上手所需时间",
          "REPLACEMENT_COST", "招聘替代者的成本",
          "MARKET_SCARCITY", "人才市场稀缺程度",
          "BUSINESS_DISRUPTION", "岗位空缺期间的损失");

  @Override
  public byte[] render(RiskReport r) {
    BaseFont base = font();
    Font title = new Font(base, 17, Font.BOLD, INK);
    Font heading = new Font(base, 12.5f, Font.BOLD, INK);
    Font body = new Font(base, 9.5f);
    Font small = new Font(base, 8, Font.NORMAL, Color.DARK_GRAY);
    Font strong = new Font(base, 9.5f, Font.BOLD);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 48, 48, 54, 54);
    try {
      PdfWriter.getInstance(doc, out);
      doc.addTitle("核心人才风险评估报告 " + r.employeeName());
      doc.addCreator("Linchpin");
      doc.open();
      doc.add(new Paragraph("核心人才风险评估报告  Core-role risk assessment", title));
      doc.add(
          new Paragraph(
              r.employeeName()
                  + " · "
                  + r.employeeNumber()
                  + (r.orgUnit() == null ? "" : " · " + r.orgUnit())
                  + (r.position() == null ? "" : " · " + r.position()),
              strong));
      doc.add(
          new Paragraph(
              "评估日期 As of "
                  + r.asOf()
                  + " · 编制 Prepared by "
                  + r.preparedBy()
                  + " · 内部资料，仅供人力资源与业务负责人 Confidential: HR and business head",
              small));

      section(doc, "一、关键程度 Criticality", heading);
      if (r.scores() == null) {
        doc.add(new Paragraph("尚未评估 Not assessed yet.", body));
      } else {
        doc.add(
            new Paragraph(
                "综合 Overall "
                    + r.overall().toPlainString()
                    + " / 100 · 门槛 threshold "
                    + r.threshold()
                    + (Boolean.TRUE.equals(r.core()) ? " · 核心岗位 CORE ROLE" : " · 非核心 not core"),
                strong));
        doc.add(
            new Paragraph(
                "资源独占性 Resource exclusivity "
                    + r.scores().resource().toPlainString()
                    + " · 经验依赖性 Experience dependency "
                    + r.scores().experience().toPlainString()
                    + " · 成本敏感性 Cost sensitivity "
                    + r.scores().cost().toPlainString(),
                body));
        PdfPTable t = table(new float[] {3.2f, 0.9f, 6f});
        header(t, body, "评估项 Criterion", "评分 Rating", "依据 Evidence");
        for (RiskReport.Rated rated : r.ratings()) {
          cell(t, CRITERIA.getOrDefault(rated.criterion().name(), rated.criterion().name()), body);
          cell(t, rated.rating() + " / 5", body);
          cell(t, rated.evidence() == null ? "" : rated.evidence(), body);
        }
        doc.add(t);
      }

      section(doc, "二、离职影响 Departure impact (低 low / 预期 expected / 高 high, 元 CNY)", heading);
      PdfPTable costs = table(new float[] {2.6f, 1.4f, 1.4f, 1.4f, 4.2f});
      header(costs, body, "项目 Item", "低 Low", "预期 Expected", "高 High", "计算 Reasoning");
      for (RiskReport.Cost c : r.costs()) {
        Font f = "total".equals(c.item()) ? strong : body;
        cell(costs, ITEMS.getOrDefault(c.item(), c.item()), f);
        amount(costs, c.amount().low(), f);
        amount(costs, c.amount().expected(), f);
        amount(costs, c.amount().high(), f);
        cell(costs, c.reasoning(), small);
      }
      doc.add(costs);

      if (!r.customers().isEmpty()) {
        section(doc, "三、客户流失风险 Customers at risk", heading);
        PdfPTable cs = table(new float[] {3f, 1f, 1.8f, 1.8f, 1.8f});
        header(cs, body, "客户 Customer", "年限 Years", "年销售额 Revenue", "预期流失 Churn", "预期损失 At risk");
        for (RiskReport.Customer c : r.customers()) {
          cell(cs, c.name(), body);
          cell(cs, Integer.toString(c.years()), body);
          amount(cs, c.annualRevenue(), body);
          cell(cs, percent(c.churn()), body);
          amount(cs, c.atRisk().expected(), body);
        }
        doc.add(cs);
      }

      section(doc, "四、继任与过渡 Succession and transition", heading);
      if (r.successors().isEmpty()) {
        doc.add(new Paragraph("尚无继任候选人 No successor candidate recorded yet.", body));
      } else {
        r.successors().forEach(s -> addQuietly(doc, new Paragraph("• " + s, body)));
      }
      if (!r.plan().isEmpty()) {
        doc.add(new Paragraph("过渡计划 Transition plan", strong));
        r.plan().forEach(p -> addQuietly(doc, new Paragraph("• " + p, body)));
      }
      doc.add(new Paragraph(" ", small));
      doc.add(
          new Paragraph(
              new Chunk(
                  "本报告依据 Linchpin 记录的评估、客户资源及薪酬数据按已公布的公式计算；每次生成均记入审计日志。"
                      + " Computed from the assessment, customer and salary data on record with the published"
                      + " formulas; every report generated is on the audit log.",
                  small)));
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("the report could not be laid out", e);
    }
    return out.toByteArray();
  }

  private static void addQuietly(Document doc, Paragraph p) {
    try {
      doc.add(p);
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void section(Document doc, String text, Font font) throws DocumentException {
    Paragraph p = new Paragraph(text, font);
    p.setSpacingBefore(12);
    p.setSpacingAfter(4);
    doc.add(p);
  }

  private static PdfPTable table(float[] widths) {
    PdfPTable t = new PdfPTable(widths);
    t.setWidthPercentage(100);
    t.setSpacingBefore(4);
    t.setHeaderRows(1);
    return t;
  }

  private static void header(PdfPTable t, Font font, String... texts) {
    Font bold = new Font(font.getBaseFont(), font.getSize(), Font.BOLD, Color.WHITE);
    for (String text : texts) {
      PdfPCell c = new PdfPCell(new Phrase(text, bold));
      c.setBackgroundColor(INK);
      c.setPadding(4);
      t.addCell(c);
    }
  }

  private static void cell(PdfPTable t, String text, Font font) {
    PdfPCell c = new PdfPCell(new Phrase(text, font));
    c.setBorderColor(RULE);
    c.setPadding(4);
    t.addCell(c);
  }

  private static void amount(PdfPTable t, BigDecimal value, Font font) {
    PdfPCell c =
        new PdfPCell(
            new Phrase(
                String.format(Locale.ROOT, "%,.0f", value.setScale(0, RoundingMode.HALF_UP)),
                font));
    c.setHorizontalAlignment(Element.ALIGN_RIGHT);
    c.setBorderColor(RULE);
    c.setPadding(4);
    t.addCell(c);
  }

  private static String percent(Range churn) {
    return churn.expected().movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString()
        + " %";
  }

  private static BaseFont font() {
    return PdfFonts.chinese();
  }
}
