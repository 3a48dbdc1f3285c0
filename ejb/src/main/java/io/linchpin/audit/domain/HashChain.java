package io.linchpin.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
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
    // The same bytes as SHA-256 over previousHash + '\n' + canonical, without joining them first.
    MessageDigest digest = SHA256.get();
    digest.update(previousHash.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) '\n');
    digest.update(canonical(seq, r).getBytes(StandardCharsets.UTF_8));
    return HEX.formatHex(digest.digest());
  }

  /**
   * One line per entry, fields in a fixed order, separated by control characters that cannot appear
   * in them unescaped; times to the microsecond, as every supported database stores them.
   */
  public static String canonical(long seq, AuditRecord r) {
    StringBuilder b = new StringBuilder(192);
    b.append(seq).append(FIELD);
    appendInstant(b, r.occurredAt().truncatedTo(ChronoUnit.MICROS));
    b.append(FIELD);
    b.append(escape(r.actor())).append(FIELD);
    join(b, r.roles());
    b.append(FIELD);
    b.append(r.operation().name()).append(FIELD);
    b.append(escape(r.objectType())).append(FIELD);
    b.append(escape(r.objectId())).append(FIELD);
    join(b, r.fields());
    b.append(FIELD);
    b.append(escape(r.purpose())).append(FIELD);
    b.append(escape(r.outcome()));
    return b.toString();
  }

  /**
   * Appends what {@link Instant#toString()} gives (ISO-8601 in UTC, seconds always, a fraction in
   * groups of three digits only as long as needed), written directly for the years 1970 to 9999
   * since the formatter costs a third of an entry's hash.
   */
  static void appendInstant(StringBuilder b, Instant t) {
    long seconds = t.getEpochSecond();
    if (seconds < 0 || seconds >= LAST_FAST_SECOND) {
      b.append(t);
      return;
    }
    LocalDate day = LocalDate.ofEpochDay(seconds / 86_400);
    int ofDay = (int) (seconds % 86_400);
    digits(b, day.getYear(), 4).append('-');
    digits(b, day.getMonthValue(), 2).append('-');
    digits(b, day.getDayOfMonth(), 2).append('T');
    digits(b, ofDay / 3600, 2).append(':');
    digits(b, ofDay / 60 % 60, 2).append(':');
    digits(b, ofDay % 60, 2);
    int nano = t.getNano();
    if (nano > 0) {
      b.append('.');
      if (nano % 1_000_000 == 0) {
        digits(b, nano / 1_000_000, 3);
      } else if (nano % 1000 == 0) {
        digits(b, nano / 1000, 6);
      } else {
        digits(b, nano, 9);
      }
    }
    b.append('Z');
  }

  /** The first second of the year 10000, from which {@link Instant#toString()} writes a sign. */
  private static final long LAST_FAST_SECOND = 253_402_300_800L;

  private static StringBuilder digits(StringBuilder b, int value, int width) {
    for (int unit = POWERS[width - 1]; unit > 0; unit /= 10) {
      b.append((char) ('0' + value / unit % 10));
    }
    return b;
  }

  private static final int[] POWERS = {
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000
  };

  private static final HexFormat HEX = HexFormat.of();

  /** The values separated, a separator only once something is written (as entries always had). */
  private static void join(StringBuilder b, List<String> values) {
    int start = b.length();
    for (String v : values) {
      if (b.length() > start) {
        b.append(ITEM);
      }
      b.append(escape(v));
    }
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
}
