/**
 * The casework benchmark's servlet, deployed inside the EAR only for the benchmark: it drives
 * {@code CaseService} and the bare engine in the server's own JVM.
 */
package io.linchpin.bench.casework;
