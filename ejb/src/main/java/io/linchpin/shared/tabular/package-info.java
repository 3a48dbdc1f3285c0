/**
 * Reading spreadsheets and CSV files as rows of text cells, the way every import in Linchpin reads
 * them: encoding and delimiter detected, blank rows skipped, dates in the styles old systems write.
 */
package io.linchpin.shared.tabular;
