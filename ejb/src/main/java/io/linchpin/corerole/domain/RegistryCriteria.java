package io.linchpin.corerole.domain;

import io.linchpin.shared.Visibility;
import java.math.BigDecimal;

/**
 * A page of current assessments: of the people {@code visibility} covers, in the subtree under
 * {@code orgUnitPath} (all when null), whose score on {@code dimension} (overall when null) is at
 * least {@code minScore}, only core roles when {@code coreOnly}; highest score on that dimension
 * first.
 */
public record RegistryCriteria(
    Visibility visibility,
    String orgUnitPath,
    Dimension dimension,
    BigDecimal minScore,
    boolean coreOnly,
    String text,
    int page,
    int size) {}
