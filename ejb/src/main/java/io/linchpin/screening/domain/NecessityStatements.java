package io.linchpin.screening.domain;

/**
 * The necessity statement shown to a person when their consent is asked, unless HR words its own:
 * what is looked at, why, by whom, for how long it is kept, and that saying no or withdrawing is
 * free of consequences for the job. In Chinese, then English.
 */
public final class NecessityStatements {

  private NecessityStatements() {}

  public static String standard(DataCategory category, CheckPurpose purpose, int retentionDays) {
    return "为"
        + chinesePurpose(purpose)
        + "，公司将通过合规的数据服务商查询您的"
        + category.description().split(" / ")[0]
        + "。查询结果加密保存，仅人力资源部经授权人员可见，保存"
        + retentionDays
        + "天后删除；您可随时撤回本同意，撤回后不再查询，已取得的结果随即删除。"
        + "是否同意不影响您的录用或在职待遇，任何决定都不会仅凭自动化处理作出。\n"
        + "For "
        + englishPurpose(purpose)
        + ", the company will look up your "
        + category.description().split(" / ")[1].toLowerCase(java.util.Locale.ROOT)
        + " through a licensed data provider. Results are stored encrypted, seen only by authorised"
        + " HR staff, and deleted after "
        + retentionDays
        + " days; you may withdraw this consent at any time, after which no further look-ups are"
        + " made and results already obtained are deleted. Saying no has no effect on your hiring or"
        + " employment, and no decision is ever made by automated means alone.";
  }

  private static String chinesePurpose(CheckPurpose purpose) {
    return switch (purpose) {
      case PRE_HIRE -> "入职前背景调查";
      case IN_SERVICE -> "核心岗位在职风险防范";
    };
  }

  private static String englishPurpose(CheckPurpose purpose) {
    return switch (purpose) {
      case PRE_HIRE -> "a background check before hiring";
      case IN_SERVICE -> "risk prevention while you hold a core role";
    };
  }
}
