/** The casework API: cases, the task inbox, SLA settings and notifications. */
package io.linchpin.web.api.casework;
