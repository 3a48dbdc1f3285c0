/** The alerts page. */
package io.linchpin.web.portal.monitoring;
