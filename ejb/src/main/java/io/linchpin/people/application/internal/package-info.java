/** Transactional implementations of the people services. */
package io.linchpin.people.application.internal;
