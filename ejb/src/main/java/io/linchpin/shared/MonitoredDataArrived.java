package io.linchpin.shared;

/**
 * Fired, inside the transaction that stored them, when signals or external records about people
 * were stored: once it commits, monitoring scans the people concerned.
 */
public record MonitoredDataArrived(String what) {}
