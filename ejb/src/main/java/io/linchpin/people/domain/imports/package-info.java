/**
 * Bulk import of employee files from other systems: the uploaded file, its state, the report of
 * refused rows, saved column mappings and the rules a row must satisfy.
 */
package io.linchpin.people.domain.imports;
