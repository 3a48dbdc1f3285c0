package io.linchpin.analytics.application;

/** The review's views as files, with the same numbers as on screen. */
public interface ReviewExports {

  /** An Excel workbook: a sheet per table, the scope on top of each. */
  byte[] workbook(ReviewDocument document);

  /** A PDF for printing, landscape A4, its Chinese text in an embedded font. */
  byte[] pdf(ReviewDocument document);
}
