package io.linchpin.shared;

/**
 * Where a page of a list begins. Every list pages through here, so that no page number, however
 * large, overflows the offset into a wrong page or a server error: past the last possible row it is
 * refused, naming {@code page}.
 */
public final class Paging {

  private Paging() {}

  /** The index of the page's first row; refused when {@code page × size} is not a row index. */
  public static int offset(int page, int size) {
    long offset = (long) page * size;
    if (page < 0 || size < 1 || offset > Integer.MAX_VALUE) {
      throw new InvalidInputException(
          "page", "must be from 0 to " + (Integer.MAX_VALUE / Math.max(size, 1)) + " at this size");
    }
    return (int) offset;
  }
}
