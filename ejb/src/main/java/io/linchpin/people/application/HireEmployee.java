package io.linchpin.people.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Puts a new person on the books. */
public record HireEmployee(
    @NotBlank
        @Size(max = 32)
        @Pattern(
            regexp = "[A-Za-z0-9._-]+",
            message = "may only contain letters, digits, '.', '_' and '-'")
        String employeeNumber,
    @NotBlank @Size(max = 200) String fullName,
    String email,
    String phone,
    String nationalId,
    String bankAccount,
    BigDecimal baseSalary,
    @NotNull LocalDate hireDate,
    Long orgUnitId,
    Long positionId,
    Long managerId) {}
