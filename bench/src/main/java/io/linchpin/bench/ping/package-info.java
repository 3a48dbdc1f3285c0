/** A trivial JAX-RS deployment that serves as the benchmark's baseline in the same server. */
package io.linchpin.bench.ping;
