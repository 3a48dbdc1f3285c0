package io.linchpin.people.application;

/**
 * A person as other contexts refer to them: no sensitive field, and the data subject whose key
 * seals what other contexts store about the person, so that erasing the person erases that too.
 */
public record PersonRef(
    long id,
    String employeeNumber,
    String fullName,
    Ref orgUnit,
    Ref position,
    String dataSubject,
    boolean erased) {}
