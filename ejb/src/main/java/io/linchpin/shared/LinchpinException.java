package io.linchpin.shared;

/**
 * Root of the one exception hierarchy every context throws. The API maps each subtype once to an
 * RFC 9457 problem document; the portal shows the message. Messages never contain personal data.
 */
public abstract class LinchpinException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  protected LinchpinException(String message) {
    super(message);
  }

  /** A stable, URI-safe problem type slug, e.g. {@code not-found}. */
  public abstract String problemType();

  /** The HTTP status this failure stands for. */
  public abstract int status();

  /** A short human title for the problem type. */
  public abstract String title();
}
