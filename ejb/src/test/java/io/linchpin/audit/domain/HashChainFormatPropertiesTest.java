package io.linchpin.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.linchpin.shared.AuditOperation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * The chain's canonical form is written by hand for speed; these properties pin it to the form
 * every existing entry was hashed with: {@link Instant#toString()} for times and values joined with
 * the plain string operations.
 */
class HashChainFormatPropertiesTest {

  @Property(tries = 2000)
  void timesAreWrittenAsInstantWritesThem(
      @ForAll @LongRange(min = -100_000_000_000L, max = 300_000_000_000L) long seconds,
      @ForAll("nanos") int nano) {
    Instant t = Instant.ofEpochSecond(seconds, nano);
    StringBuilder b = new StringBuilder();
    HashChain.appendInstant(b, t);
    assertEquals(t.toString(), b.toString());
  }

  @Property(tries = 500)
  void entriesHashAsTheyAlwaysHave(@ForAll("records") AuditRecord r, @ForAll long seq)
      throws Exception {
    String previous = HexFormat.of().formatHex(new byte[32]).replace('0', 'a');
    String expected =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(
                        (previous + '\n' + reference(seq, r)).getBytes(StandardCharsets.UTF_8)));
    assertEquals(expected, HashChain.hash(seq, previous, r));
  }

  @Provide
  Arbitrary<Integer> nanos() {
    return Arbitraries.oneOf(
        Arbitraries.just(0),
        Arbitraries.integers().between(0, 999).map(ms -> ms * 1_000_000),
        Arbitraries.integers().between(0, 999_999).map(us -> us * 1000),
        Arbitraries.integers().between(0, 999_999_999));
  }

  @Provide
  Arbitrary<AuditRecord> records() {
    Arbitrary<String> text =
        Arbitraries.strings().withChars("ab\\\u001f\u001e\u0000é中 ").ofMaxLength(6).injectNull(0.2);
    Arbitrary<List<String>> list =
        Arbitraries.strings().withChars("ab\\\u001f\u001e").ofMaxLength(3).list().ofMaxSize(3);
    Arbitrary<Instant> when =
        Arbitraries.longs()
            .between(0, 4_000_000_000L)
            .flatMap(s -> nanos().map(n -> Instant.ofEpochSecond(s, n)));
    return Combinators.combine(
            when,
            text.filter(s -> s != null),
            list,
            Arbitraries.of(AuditOperation.class),
            text,
            text,
            list,
            text)
        .as(
            (at, actor, roles, op, type, id, fields, purpose) ->
                new AuditRecord(at, actor, roles, op, type, id, fields, purpose, "ALLOWED"));
  }

  /** The canonical form as it was first written, with the plain string operations. */
  private static String reference(long seq, AuditRecord r) {
    char field = '\u001f';
    return seq
        + String.valueOf(field)
        + r.occurredAt().truncatedTo(ChronoUnit.MICROS)
        + field
        + escape(r.actor())
        + field
        + join(r.roles())
        + field
        + r.operation().name()
        + field
        + escape(r.objectType())
        + field
        + escape(r.objectId())
        + field
        + join(r.fields())
        + field
        + escape(r.purpose())
        + field
        + escape(r.outcome());
  }

  private static String join(List<String> values) {
    StringBuilder b = new StringBuilder();
    for (String v : values) {
      if (b.length() > 0) {
        b.append('\u001e');
      }
      b.append(escape(v));
    }
    return b.toString();
  }

  private static String escape(String value) {
    if (value == null) {
      return "\u0000";
    }
    return value.replace("\\", "\\\\").replace("\u001f", "\\u001f").replace("\u001e", "\\u001e");
  }
}
