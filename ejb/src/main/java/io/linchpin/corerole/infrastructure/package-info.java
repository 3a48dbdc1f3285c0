/** JPA queries of the registry, scoped like every list of people. */
package io.linchpin.corerole.infrastructure;
