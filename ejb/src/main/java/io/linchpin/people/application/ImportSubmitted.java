package io.linchpin.people.application;

import io.linchpin.people.domain.imports.ImportKind;

/** Fired when an import is accepted; the job starts once the acceptance is committed. */
public record ImportSubmitted(long importId, ImportKind kind) {}
