/** The review of incidents: figures per case type, root causes, alerts, and their exports. */
package io.linchpin.analytics.application;
