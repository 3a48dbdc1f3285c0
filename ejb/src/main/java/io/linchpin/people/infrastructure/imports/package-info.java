/**
 * Reading employee files (CSV in UTF-8 or GBK, XLSX), decoding rows against the column mapping, and
 * the Jakarta Batch job that validates and writes them.
 */
package io.linchpin.people.infrastructure.imports;
