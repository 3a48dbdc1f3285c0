package io.linchpin.audit.domain;

/** Where the chain ends: the last entry's sequence number and hash. */
public record ChainEnd(long seq, String hash) {}
