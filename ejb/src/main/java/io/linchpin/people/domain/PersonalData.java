package io.linchpin.people.domain;

/** Facts about the person that are corrected rather than changed over time. */
public record PersonalData(
    String fullName, String email, String phone, String nationalId, String bankAccount) {}
