/** The scan benchmark's servlet, deployed in the server beside Linchpin. */
package io.linchpin.bench.scan;
