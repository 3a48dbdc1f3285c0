/** Benchmarks against the real installer; run by hand, never by the test suite. */
package io.linchpin.bench;
