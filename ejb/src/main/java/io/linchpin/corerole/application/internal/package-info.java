/** The registry's services: scoping, validation, audit. */
package io.linchpin.corerole.application.internal;
