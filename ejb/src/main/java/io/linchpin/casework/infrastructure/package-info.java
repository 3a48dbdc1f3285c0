/**
 * The embedded Flowable engine and the JPA repository. Engine types never leave this package and
 * its sub-packages.
 */
package io.linchpin.casework.infrastructure;
