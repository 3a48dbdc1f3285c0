package io.linchpin.spi.screening;

/** Whether a source answers, and a line for IT about it. */
public record Health(boolean up, String detail) {

  public static Health up(String detail) {
    return new Health(true, detail);
  }

  public static Health down(String detail) {
    return new Health(false, detail);
  }
}
