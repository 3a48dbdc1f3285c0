package io.linchpin.people.application;

/** Fired when an import is accepted; the job starts once the acceptance is committed. */
public record ImportSubmitted(long importId) {}
