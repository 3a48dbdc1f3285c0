/** Audit entries, the chain head and the pure rules of the hash chain. */
package io.linchpin.audit.domain;
