package io.linchpin.people.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Corrects personal data that is not effective-dated (a misspelt name, a new phone number). */
public record CorrectPersonalData(
    @NotBlank @Size(max = 200) String fullName,
    String email,
    String phone,
    String nationalId,
    String bankAccount) {}
