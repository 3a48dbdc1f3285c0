/**
 * The audit context: an append-only, hash-chained log of every access to sensitive data, every
 * write and every refusal, with a keyed checkpoint that makes edits, deletions and truncation
 * detectable.
 */
package io.linchpin.audit;
