/** The monitoring API: internal signals. */
package io.linchpin.web.api.monitoring;
