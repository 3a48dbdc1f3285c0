/**
 * Monitoring: internal signals per person and month, the detectors that look for trouble in them
 * and in what external checks found, and the alerts they raise. Everything here is advisory: people
 * decide, Linchpin never acts on a person by itself.
 */
package io.linchpin.monitoring;
