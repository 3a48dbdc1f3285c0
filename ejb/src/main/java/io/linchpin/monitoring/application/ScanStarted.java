package io.linchpin.monitoring.application;

/** A scan was accepted; its batch job starts once the transaction that accepted it commits. */
public record ScanStarted(long scanId) {}
