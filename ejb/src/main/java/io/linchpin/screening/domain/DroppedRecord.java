package io.linchpin.screening.domain;

import io.linchpin.screening.domain.ExternalSources.SourceRecord;

/** A row of a file a source dropped: whom it is about (by ID number), for what, and the record. */
public record DroppedRecord(
    int line, String nationalId, DataCategory category, CheckPurpose purpose, SourceRecord record) {

  @Override
  public String toString() {
    return "DroppedRecord[line " + line + "]"; // never the ID number
  }
}
