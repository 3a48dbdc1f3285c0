package io.linchpin.shared;

/**
 * An entity with {@link Sensitive} fields. Only sealed values reach the database: {@link
 * SealingListener} seals before every insert and update and hands the entity the sealer after
 * loading, so that it opens values when they are asked for.
 */
public interface Sealable {

  /** Seals every sensitive field into its stored form. */
  void seal(FieldSealer sealer);

  /** Receives the sealer after loading; sensitive values are opened on first use. */
  void loaded(FieldSealer sealer);
}
