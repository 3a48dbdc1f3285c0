package io.linchpin.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/**
 * The rules of the chain: each entry's hash is SHA-256 over the previous entry's hash and the
 * entry's canonical content (its sequence number included), so changing, removing, inserting or
 * reordering any entry changes every hash after it.
 */
public final class HashChain {

  /** The "previous hash" of the first entry. */
  public static final String GENESIS = "0".repeat(64);

  private static final char FIELD = '\u001f';
  private static final char ITEM = '\u001e';

  private HashChain() {}

  /** The hash of entry {@code seq} with this content, following {@code previousHash}. */
  public static String hash(long seq, String previousHash, AuditRecord r) {
    return sha256(previousHash + '\n' + canonical(seq, r));
  }

  /**
   * One line per entry, fields in a fixed order, separated by control characters that cannot appear
   * in them unescaped; times to the microsecond, as every supported database stores them.
   */
  public static String canonical(long seq, AuditRecord r) {
    StringBuilder b = new StringBuilder();
    b.append(seq).append(FIELD);
    b.append(r.occurredAt().truncatedTo(ChronoUnit.MICROS)).append(FIELD);
    b.append(escape(r.actor())).append(FIELD);
    b.append(join(r.roles())).append(FIELD);
    b.append(r.operation().name()).append(FIELD);
    b.append(escape(r.objectType())).append(FIELD);
    b.append(escape(r.objectId())).append(FIELD);
    b.append(join(r.fields())).append(FIELD);
    b.append(escape(r.purpose())).append(FIELD);
    b.append(escape(r.outcome()));
    return b.toString();
  }

  private static String join(List<String> values) {
    StringBuilder b = new StringBuilder();
    for (String v : values) {
      if (b.length() > 0) {
        b.append(ITEM);
      }
      b.append(escape(v));
    }
    return b.toString();
  }

  private static String escape(String value) {
    if (value == null) {
      return "\u0000";
    }
    if (value.indexOf('\\') < 0 && value.indexOf(FIELD) < 0 && value.indexOf(ITEM) < 0) {
      return value;
    }
    return value
        .replace("\\", "\\\\")
        .replace(String.valueOf(FIELD), "\\u001f")
        .replace(String.valueOf(ITEM), "\\u001e");
  }

  /** A digest per thread: looking one up per entry costs about as much as the hash. */
  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException(e);
            }
          });

  static String sha256(String text) {
    return HexFormat.of().formatHex(SHA256.get().digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
