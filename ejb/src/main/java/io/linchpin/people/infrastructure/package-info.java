/** JPA repositories and batch artefacts of the people context. */
package io.linchpin.people.infrastructure;
