package io.linchpin.people.application;

import io.linchpin.people.domain.imports.ImportKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A file to import, what it holds, the saved column mapping to read it by (employee files whose
 * headers are foreign) and, for module records, the module collection it fills
 * ("module/collection").
 */
public record SubmitImport(
    @NotNull ImportKind kind,
    @NotBlank @Size(max = 255) String fileName,
    @NotNull @Size(min = 1, message = "the file is empty") byte[] content,
    @Size(max = 100) String mappingName,
    @Size(max = 200) String target) {

  public SubmitImport(ImportKind kind, String fileName, byte[] content, String mappingName) {
    this(kind, fileName, content, mappingName, null);
  }
}
