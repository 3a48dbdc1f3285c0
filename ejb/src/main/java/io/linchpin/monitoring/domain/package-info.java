/** Signal series, detectors and how they decide. */
package io.linchpin.monitoring.domain;
