package io.linchpin.people.domain.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * Why one cell or row of a rejected file was refused. Holds the line, the column as the file names
 * it and the reason; never the offending value, which may be personal data.
 */
@Entity
@Table(name = "import_error")
public class ImportError {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_error_seq")
  @SequenceGenerator(
      name = "import_error_seq",
      sequenceName = "import_error_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "import_id", nullable = false)
  private Long importId;

  @Column(name = "line_no", nullable = false)
  private int line;

  @Column(name = "column_name", length = 200)
  private String column;

  @Column(nullable = false, length = 500)
  private String message;

  protected ImportError() {}

  public ImportError(Long importId, RowProblem problem) {
    this.importId = importId;
    this.line = problem.line();
    this.column = problem.column();
    this.message =
        problem.message().length() > 500 ? problem.message().substring(0, 500) : problem.message();
  }

  public int getLine() {
    return line;
  }

  public String getColumn() {
    return column;
  }

  public String getMessage() {
    return message;
  }
}
