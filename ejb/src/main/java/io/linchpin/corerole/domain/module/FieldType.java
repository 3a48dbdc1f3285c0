package io.linchpin.corerole.domain.module;

/** What a module field holds. */
public enum FieldType {
  TEXT,
  /** Any number. */
  NUMBER,
  /** Yuan. */
  MONEY,
  /** 0–100. */
  PERCENT,
  /** A date like 2024-03-05. */
  DATE,
  BOOLEAN,
  /** One of the field's {@code choices}. */
  CHOICE
}
