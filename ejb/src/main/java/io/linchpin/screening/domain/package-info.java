/** Consents, external checks and what they found. */
package io.linchpin.screening.domain;
