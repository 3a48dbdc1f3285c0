/** The departure-impact benchmark's servlet, deployed into the server's EAR for the run. */
package io.linchpin.bench.impact;
