package io.linchpin.vault.application;

import java.io.InputStream;

/**
 * Encrypted file storage for attachments: each file is sealed with a streaming key of its own,
 * which is wrapped by the data subject's key, so erasing the subject makes their files unreadable
 * too. Files live under the data folder with generated names only.
 */
public interface FileVault {

  /** A stored file: its generated id, its size in bytes and its wrapped key. */
  record SealedFile(String id, long size, String wrappedKey) {}

  /** Seals the content (at most {@code maxBytes}) for the subject; nothing is kept on failure. */
  SealedFile seal(String subject, InputStream content, long maxBytes);

  /** A stream of the opened content. */
  InputStream open(String subject, String fileId, String wrappedKey);

  void delete(String fileId);

  /**
   * The file's key wrapped again with the subject's current data key, after that key was rotated;
   * the file itself is not touched (its own key does not change).
   */
  String rewrap(String subject, String fileId, String wrappedKey);

  /** Thrown when content exceeds the allowed size. */
  class TooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TooLargeException(long maxBytes) {
      super("the file is larger than " + maxBytes / (1024 * 1024) + " MB");
    }
  }
}
