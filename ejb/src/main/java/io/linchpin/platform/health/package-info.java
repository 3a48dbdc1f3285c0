/**
 * Readiness of the application, served by the server's MicroProfile Health endpoint on the
 * management interface. Packaged in the EAR's lib/ (see the ejb pom for why).
 */
package io.linchpin.platform.health;
