package io.linchpin.people.domain.imports;

/** One reason a file cannot be imported: line (1 = header), column header (or null), reason. */
public record RowProblem(int line, String column, String message) {}
