/** The screening services. */
package io.linchpin.screening.application.internal;
