package io.linchpin.shared;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

/**
 * What a file is, judged by its first bytes, never by the name or the type the client claims: PDF,
 * PNG, JPEG, and Office Open XML documents (a ZIP named .docx, .xlsx or .pptx).
 */
public final class FileTypes {

  /** How many bytes are read to tell what a file is. */
  private static final int HEAD = 16;

  private FileTypes() {}

  /** The content type of an accepted file, or empty if the file is not one Linchpin keeps. */
  public static Optional<String> detect(byte[] head, String fileName) {
    if (startsWith(head, '%', 'P', 'D', 'F', '-')) {
      return Optional.of("application/pdf");
    }
    if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of("image/png");
    }
    if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
      return Optional.of("image/jpeg");
    }
    if (startsWith(head, 'P', 'K', 3, 4)) {
      String name = fileName.toLowerCase(Locale.ROOT);
      if (name.endsWith(".docx")) {
        return Optional.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      }
      if (name.endsWith(".xlsx")) {
        return Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      }
      if (name.endsWith(".pptx")) {
        return Optional.of(
            "application/vnd.openxmlformats-officedocument.presentationml.presentation");
      }
    }
    return Optional.empty();
  }

  /**
   * The content type of an uploaded file, read from its first bytes without consuming them (the
   * stream is reset); an empty or unknown file is refused on the field {@code file}.
   */
  public static String require(BufferedInputStream in, String fileName) {
    try {
      in.mark(HEAD);
      byte[] head = in.readNBytes(HEAD);
      in.reset();
      if (head.length == 0) {
        throw new InvalidInputException("file", "the request body must be the file");
      }
      return detect(head, fileName)
          .orElseThrow(
              () ->
                  new InvalidInputException(
                      "file",
                      "only PDF, PNG, JPEG and Office (.docx, .xlsx, .pptx) files are kept"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A name safe to show and to offer for download: no path, no control characters. */
  public static String safeName(String fileName) {
    String name = fileName == null ? "" : fileName;
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      name = "attachment";
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }

  private static boolean startsWith(byte[] head, int... prefix) {
    if (head.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((head[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
