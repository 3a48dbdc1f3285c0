package io.linchpin.corerole.domain;

import java.util.Arrays;
import java.util.List;

/**
 * What an assessor rates, each on a scale of 0 (not at all) to {@value #MAX_RATING} (entirely),
 * with evidence for any rating of {@value #EVIDENCE_FROM} or more.
 */
public enum Criterion {
  CUSTOMER_ACCOUNTS(Dimension.RESOURCE_EXCLUSIVITY, "customers or accounts held personally"),
  CODE_AND_SYSTEMS(Dimension.RESOURCE_EXCLUSIVITY, "code, systems or data only this person runs"),
  PATENTS_AND_IP(Dimension.RESOURCE_EXCLUSIVITY, "patents, designs or methods tied to the person"),
  EXTERNAL_RELATIONSHIPS(
      Dimension.RESOURCE_EXCLUSIVITY, "supplier, partner or regulator relationships"),
  TENURE(Dimension.EXPERIENCE_DEPENDENCY, "years in the role and the business"),
  UNIQUE_KNOW_HOW(
      Dimension.EXPERIENCE_DEPENDENCY, "know-how nobody else holds or has written down"),
  RAMP_UP_TIME(Dimension.EXPERIENCE_DEPENDENCY, "time a successor needs to reach full speed"),
  REPLACEMENT_COST(Dimension.COST_SENSITIVITY, "recruiting and onboarding cost of a replacement"),
  MARKET_SCARCITY(Dimension.COST_SENSITIVITY, "how rare the profile is on the labour market"),
  BUSINESS_DISRUPTION(
      Dimension.COST_SENSITIVITY, "revenue or delivery lost while the seat is empty");

  public static final int MAX_RATING = 5;
  public static final int EVIDENCE_FROM = 3;

  private final Dimension dimension;
  private final String description;

  Criterion(Dimension dimension, String description) {
    this.dimension = dimension;
    this.description = description;
  }

  public Dimension dimension() {
    return dimension;
  }

  public String description() {
    return description;
  }

  public static List<Criterion> of(Dimension dimension) {
    return Arrays.stream(values()).filter(c -> c.dimension == dimension).toList();
  }
}
