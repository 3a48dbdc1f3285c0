/** Persistence of signals. */
package io.linchpin.monitoring.infrastructure;
