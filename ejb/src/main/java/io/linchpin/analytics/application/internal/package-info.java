/** The review services. */
package io.linchpin.analytics.application.internal;
