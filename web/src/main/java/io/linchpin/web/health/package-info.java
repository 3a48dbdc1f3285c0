/** Health and readiness checks served on the management interface. */
package io.linchpin.web.health;
