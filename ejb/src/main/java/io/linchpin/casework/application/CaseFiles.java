package io.linchpin.casework.application;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/**
 * Files on a case: PDF, images and Office documents (judged by their content) up to 20 MB, stored
 * encrypted with the person's key. Whoever may see the case may add and read them; every download
 * is audited.
 */
public interface CaseFiles {

  long MAX_BYTES = 20L * 1024 * 1024;

  CaseFileView attach(long caseId, String fileName, InputStream content);

  List<CaseFileView> list(long caseId);

  Download download(long caseId, String attachmentId);

  /** A file's metadata. */
  record CaseFileView(
      String id,
      String fileName,
      String contentType,
      long size,
      Instant uploadedAt,
      String uploadedBy) {}

  /** A file's metadata and its opened content, to be streamed and closed by the caller. */
  record Download(CaseFileView file, InputStream content) {}
}
