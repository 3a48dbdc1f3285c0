/** What the rest of Linchpin and the web layer may ask of monitoring. */
package io.linchpin.monitoring.application;
