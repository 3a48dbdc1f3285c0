/** Start-up and operations: schema migration, readiness, scheduled upkeep. */
package io.linchpin.platform;
