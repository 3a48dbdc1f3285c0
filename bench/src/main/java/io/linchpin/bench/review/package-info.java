/** The review benchmark's servlet, deployed in the server beside Linchpin. */
package io.linchpin.bench.review;
