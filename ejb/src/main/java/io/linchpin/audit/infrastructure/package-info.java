/** JPA storage of the log and its head. */
package io.linchpin.audit.infrastructure;
