package io.linchpin.shared.tabular;

import java.util.List;

/** One data row of a file as text cells, with the line (CSV) or row number (XLSX) it starts on. */
public record SourceRow(int line, List<String> cells) {

  public String cell(int index) {
    return index < cells.size() ? cells.get(index) : null;
  }

  public boolean blank() {
    return cells.stream().allMatch(c -> c == null || c.isBlank());
  }
}
