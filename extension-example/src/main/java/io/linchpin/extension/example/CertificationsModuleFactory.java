package io.linchpin.extension.example;

import io.linchpin.spi.ConfigProperty;
import io.linchpin.spi.ConfigurationException;
import io.linchpin.spi.ModuleProvider;
import io.linchpin.spi.ModuleProviderFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Certifications a person holds (PMP, CISA, a regulator's licence): which expire soon, and which no
 * one else in the company holds. Settings:
 *
 * <ul>
 *   <li>{@code linchpin.module.certifications.expiryWarningMonths}: how many months ahead an expiry
 *       counts as soon (1–24, default 3);
 *   <li>{@code linchpin.module.certifications.issuers}: comma-separated issuers to choose from;
 *       when empty, the issuer is free text.
 * </ul>
 */
public class CertificationsModuleFactory implements ModuleProviderFactory {

  static final String WARNING = "expiryWarningMonths";
  static final String ISSUERS = "issuers";

  @Override
  public String id() {
    return "certifications";
  }

  @Override
  public String description() {
    return "Certifications and licences a person holds, those expiring soon, those no one else has";
  }

  @Override
  public List<ConfigProperty> configProperties() {
    return List.of(
        new ConfigProperty(
            WARNING, "Months ahead an expiry is flagged", ConfigProperty.Type.INT, "3", true),
        new ConfigProperty(
            ISSUERS,
            "Issuers to choose from (comma-separated)",
            ConfigProperty.Type.LIST,
            "",
            false));
  }

  @Override
  public void validateConfiguration(Map<String, String> config) {
    int months = Integer.parseInt(config.get(WARNING).trim());
    if (months < 1 || months > 24) {
      throw new ConfigurationException(WARNING, "must be between 1 and 24, not " + months);
    }
    for (String issuer : issuers(config)) {
      if (issuer.contains("\"") || issuer.contains("\\") || issuer.length() > 100) {
        throw new ConfigurationException(
            ISSUERS, "an issuer may not hold quotes or backslashes: " + issuer);
      }
    }
  }

  @Override
  public ModuleProvider create(Map<String, String> config) {
    int months = Integer.parseInt(config.get(WARNING).trim());
    List<String> issuers = issuers(config);
    String issuerField =
        issuers.isEmpty()
            ? "{\"key\": \"issuer\", \"label\": \"发证机构 Issuer\", \"type\": \"TEXT\"}"
            : "{\"key\": \"issuer\", \"label\": \"发证机构 Issuer\", \"type\": \"CHOICE\", \"choices\": ["
                + String.join(", ", issuers.stream().map(i -> "\"" + i + "\"").toList())
                + "]}";
    String definition =
        """
        {
          "key": "certifications",
          "name": "资质证书 Certifications",
          "roleFamily": "any",
          "description": "Certifications and licences a person holds (extension module)",
          "collections": [{
            "key": "certificates",
            "label": "证书 Certificates",
            "fields": [
              {"key": "name", "label": "证书 Certificate", "type": "TEXT", "required": true},
              %s,
              {"key": "obtained", "label": "取得日期 Obtained", "type": "DATE"},
              {"key": "expires", "label": "到期日期 Expires", "type": "DATE"},
              {"key": "exclusive", "label": "公司内唯一持有 Only holder in the company", "type": "BOOLEAN"}
            ]
          }],
          "metrics": [
            {"key": "held", "label": "证书数 Certificates held", "formula": "certificates.size()"},
            {"key": "expiringSoon", "label": "%d个月内到期 Expiring within %d months",
             "formula": "certificates.filter(c, has(c.expires) && monthsBetween(today, c.expires) <= %d).size()"},
            {"key": "exclusiveCount", "label": "唯一持有 Held by no one else",
             "formula": "certificates.filter(c, has(c.exclusive) && c.exclusive).size()"}
          ],
          "rules": [
            {"key": "soleHolder", "label": "持有他人没有的证书 Holds a certification no one else has",
             "when": "exclusiveCount > 0"},
            {"key": "renewalDue", "label": "证书即将到期 A certification expires soon",
             "when": "expiringSoon > 0"}
          ]
        }
        """
            .formatted(issuerField, months, months, months);
    return () -> definition;
  }

  private static List<String> issuers(Map<String, String> config) {
    String text = config.getOrDefault(ISSUERS, "");
    List<String> issuers = new ArrayList<>();
    Arrays.stream(text.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .forEach(issuers::add);
    return issuers;
  }
}
