package io.linchpin.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linchpin.audit.domain.ChainVerifier.StoredEntry;
import io.linchpin.audit.domain.ChainVerifier.Verification;
import io.linchpin.shared.AuditOperation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ChainVerifierPropertiesTest {

  private static final String KEY = "head-key";

  @Property
  void anUntouchedChainVerifies(
      @ForAll @Size(min = 0, max = 40) List<@From("records") AuditRecord> records) {
    Log log = Log.of(records);
    Verification v = log.verify();
    assertTrue(v.intact(), v.toString());
    assertEquals(records.size(), v.entries());
  }

  @Property
  void editingAnyEntryIsFoundAtThatEntry(
      @ForAll @Size(min = 1, max = 40) List<@From("records") AuditRecord> records,
      @ForAll @IntRange(min = 0, max = 1000) int pick) {
    Log log = Log.of(records);
    int i = pick % records.size();
    StoredEntry e = log.entries.get(i);
    AuditRecord r = e.record();
    AuditRecord edited =
        new AuditRecord(
            r.occurredAt(),
            r.actor() + "x",
            r.roles(),
            r.operation(),
            r.objectType(),
            r.objectId(),
            r.fields(),
            r.purpose(),
            r.outcome());
    log.entries.set(i, new StoredEntry(e.seq(), e.previousHash(), e.hash(), edited));
    Verification v = log.verify();
    assertFalse(v.intact());
    assertEquals(e.seq(), v.brokenAt());
  }

  @Property
  void deletingAnyEntryIsFoundAtThatEntry(
      @ForAll @Size(min = 2, max = 40) List<@From("records") AuditRecord> records,
      @ForAll @IntRange(min = 0, max = 1000) int pick) {
    Log log = Log.of(records);
    int i = pick % (records.size() - 1);
    long seq = log.entries.remove(i).seq();
    Verification v = log.verify();
    assertFalse(v.intact());
    assertEquals(seq, v.brokenAt());
  }

  @Property
  void reorderingEntriesIsFound(
      @ForAll @Size(min = 2, max = 40) List<@From("records") AuditRecord> records,
      @ForAll @IntRange(min = 0, max = 1000) int pick) {
    Log log = Log.of(records);
    int i = pick % (records.size() - 1);
    Collections.swap(log.entries, i, i + 1);
    Verification v = log.verify();
    assertFalse(v.intact());
    assertEquals(i + 1, v.brokenAt());
  }

  @Property
  void truncatingTheTailIsFoundThroughTheHead(
      @ForAll @Size(min = 2, max = 40) List<@From("records") AuditRecord> records,
      @ForAll @IntRange(min = 1, max = 1000) int cut) {
    Log log = Log.of(records);
    int remove = 1 + cut % (records.size() - 1);
    for (int k = 0; k < remove; k++) {
      log.entries.remove(log.entries.size() - 1);
    }
    assertFalse(log.verify().intact());
    // Rewriting the head to match needs the key: a head signed with another key is refused.
    StoredEntry last = log.entries.get(log.entries.size() - 1);
    log.headSeq = last.seq();
    log.headHash = last.hash();
    log.headSignature = sign("forged", last.seq() + ":" + last.hash());
    assertFalse(log.verify().intact());
  }

  @Property
  void cuttingBackToAnOlderValidHeadOrWipingIsFoundAgainstTheAnchor(
      @ForAll @Size(min = 1, max = 40) List<@From("records") AuditRecord> records,
      @ForAll @IntRange(min = 0, max = 1000) int cut) {
    Log log = Log.of(records);
    ChainVerifier.Anchor anchor =
        new ChainVerifier.Anchor(log.headSeq, log.headHash, "2026-12-08T00:00:00Z");
    assertTrue(log.verify(anchor).intact(), "the anchor of an untouched log holds");
    // The attacker keeps entries 1..k and puts back the head as it was after entry k: validly
    // signed, since it is a real old head (k = 0 wipes the log and resets the head).
    int keep = cut % records.size();
    while (log.entries.size() > keep) {
      log.entries.remove(log.entries.size() - 1);
    }
    log.headSeq = keep;
    log.headHash = keep == 0 ? HashChain.GENESIS : log.entries.get(keep - 1).hash();
    log.headSignature = sign(KEY, log.headSeq + ":" + log.headHash);
    assertTrue(log.verify().intact(), "without the anchor the older head looks intact");
    Verification v = log.verify(anchor);
    assertFalse(v.intact());
    assertEquals(keep + 1, v.brokenAt());
    assertTrue(
        v.reason().contains("entries " + (keep + 1) + " to " + anchor.seq() + " are missing"),
        v.reason());
  }

  @Property
  void aLogRebuiltUnderTheAnchorIsFoundAtTheAnchor(
      @ForAll @Size(min = 1, max = 30) List<@From("records") AuditRecord> records,
      @ForAll @Size(min = 1, max = 30) List<@From("records") AuditRecord> others) {
    Log log = Log.of(records);
    ChainVerifier.Anchor anchor = new ChainVerifier.Anchor(log.headSeq, log.headHash, "then");
    Log rebuilt = Log.of(records.subList(0, records.size() - 1));
    for (AuditRecord r : others) {
      rebuilt.append(
          new AuditRecord(
              r.occurredAt(),
              r.actor() + "-other",
              r.roles(),
              r.operation(),
              r.objectType(),
              r.objectId(),
              r.fields(),
              r.purpose(),
              r.outcome()));
    }
    Verification v = rebuilt.verify(anchor);
    assertFalse(v.intact());
    assertEquals(anchor.seq(), v.brokenAt());
  }

  @Provide
  Arbitrary<AuditRecord> records() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 4_000_000_000_000_000L),
            Arbitraries.strings().ofMinLength(1).ofMaxLength(30),
            Arbitraries.of(AuditOperation.class),
            Arbitraries.strings().alpha().ofMaxLength(10).injectNull(0.2),
            Arbitraries.strings().ofMaxLength(20).list().ofMaxSize(3))
        .as(
            (micros, actor, op, object, fields) ->
                new AuditRecord(
                    Instant.EPOCH.plusNanos(micros * 1000),
                    actor,
                    List.of("hr-admin"),
                    op,
                    "employee",
                    object,
                    fields.stream().map(f -> f.replace(",", ";")).toList(),
                    null,
                    "ALLOWED"));
  }

  /** A stand-in for the keyed checkpoint: SHA-256 over the key and the data. */
  private static String sign(String key, String data) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest((key + "|" + data).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An in-memory log built the way the service appends. */
  private static final class Log {
    final List<StoredEntry> entries = new ArrayList<>();
    long headSeq;
    String headHash = HashChain.GENESIS;
    String headSignature;

    static Log of(List<AuditRecord> records) {
      Log log = new Log();
      for (AuditRecord r : records) {
        log.append(r);
      }
      if (records.isEmpty()) {
        log.headSignature = sign(KEY, "0:" + HashChain.GENESIS);
      }
      return log;
    }

    void append(AuditRecord r) {
      long seq = headSeq + 1;
      String hash = HashChain.hash(seq, headHash, r);
      entries.add(new StoredEntry(seq, headHash, hash, r));
      headSeq = seq;
      headHash = hash;
      headSignature = sign(KEY, seq + ":" + hash);
    }

    Verification verify() {
      return verify(null);
    }

    Verification verify(ChainVerifier.Anchor anchor) {
      ChainVerifier verifier = new ChainVerifier(anchor);
      for (StoredEntry e : entries) {
        if (!verifier.accept(e)) {
          break;
        }
      }
      return verifier.finish(headSeq, headHash, data -> sign(KEY, data).equals(headSignature));
    }
  }
}
