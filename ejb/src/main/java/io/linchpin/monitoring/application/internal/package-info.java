/** The monitoring services. */
package io.linchpin.monitoring.application.internal;
