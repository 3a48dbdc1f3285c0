/** Persistence, the data-provider registry and the shipped providers. */
package io.linchpin.screening.infrastructure;
