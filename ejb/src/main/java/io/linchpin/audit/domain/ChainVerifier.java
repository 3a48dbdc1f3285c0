package io.linchpin.audit.domain;

import java.util.function.Predicate;

/**
 * Walks the log in sequence order and finds the first entry that breaks the chain: a gap in the
 * numbering (deleted or reordered entries), a previous-hash that is not the previous entry's hash,
 * or a hash that does not match the content (an edited entry). At the end, the head must name the
 * last entry and carry a valid keyed checkpoint (catches truncation of the tail).
 */
public final class ChainVerifier {

  /** An entry as stored. */
  public record StoredEntry(long seq, String previousHash, String hash, AuditRecord record) {}

  /** The outcome: intact, or the first broken entry and why. */
  public record Verification(boolean intact, long entries, Long brokenAt, String reason) {

    static Verification intact(long entries) {
      return new Verification(true, entries, null, null);
    }

    static Verification broken(long entries, long seq, String reason) {
      return new Verification(false, entries, seq, reason);
    }
  }

  /**
   * The highest point of the chain ever confirmed, kept outside the database: the log must still
   * reach it, and hold the same entry there.
   */
  public record Anchor(long seq, String hash, String at) {}

  private final Anchor anchor;
  private String hashAtAnchor;
  private long expectedSeq = 1;
  private String previousHash = HashChain.GENESIS;
  private long entries;
  private Verification failure;

  public ChainVerifier() {
    this(null);
  }

  /** A verifier that also holds the log to its anchor; {@code null} before the first anchor. */
  public ChainVerifier(Anchor anchor) {
    this.anchor = anchor;
  }

  /** Feeds the next entry; returns false once the chain is found broken. */
  public boolean accept(StoredEntry e) {
    if (failure != null) {
      return false;
    }
    entries++;
    if (e.seq() != expectedSeq) {
      failure =
          Verification.broken(
              entries,
              expectedSeq,
              e.seq() > expectedSeq
                  ? "entry " + expectedSeq + " is missing (next found: " + e.seq() + ")"
                  : "entry " + e.seq() + " is out of order");
      return false;
    }
    if (!previousHash.equals(e.previousHash())) {
      failure =
          Verification.broken(
              entries, e.seq(), "its previous hash is not the hash of entry " + (e.seq() - 1));
      return false;
    }
    if (!HashChain.hash(e.seq(), e.previousHash(), e.record()).equals(e.hash())) {
      failure = Verification.broken(entries, e.seq(), "its content does not match its hash");
      return false;
    }
    if (anchor != null && e.seq() == anchor.seq()) {
      hashAtAnchor = e.hash();
    }
    previousHash = e.hash();
    expectedSeq++;
    return true;
  }

  /**
   * The result, given the head's last sequence number and hash and whether its keyed checkpoint is
   * valid.
   */
  public Verification finish(long headSeq, String headHash, Predicate<String> checkpointValid) {
    if (failure != null) {
      return failure;
    }
    long last = expectedSeq - 1;
    if (anchor != null && anchor.seq() > last) {
      return Verification.broken(
          entries,
          last + 1,
          "entries "
              + (last + 1)
              + " to "
              + anchor.seq()
              + " are missing: the log ends at entry "
              + last
              + ", but entry "
              + anchor.seq()
              + " was confirmed at "
              + anchor.at()
              + " (the log was cut back or wiped)");
    }
    if (anchor != null && anchor.seq() > 0 && !anchor.hash().equals(hashAtAnchor)) {
      return Verification.broken(
          entries,
          anchor.seq(),
          "entry "
              + anchor.seq()
              + " is not the entry confirmed at "
              + anchor.at()
              + " (the log was rewritten from there)");
    }
    if (headSeq != last || !headHash.equals(previousHash)) {
      return Verification.broken(
          entries,
          Math.min(headSeq, last) + 1,
          "the log ends at entry "
              + last
              + " but its head names entry "
              + headSeq
              + " (entries were removed from the end, or the head was changed)");
    }
    if (!checkpointValid.test(headSeq + ":" + headHash)) {
      return Verification.broken(
          entries, headSeq, "the head's checkpoint is not valid (the head was rewritten)");
    }
    return Verification.intact(entries);
  }
}
