/** The casework services, scoped to the caller and audited. */
package io.linchpin.casework.application.internal;
