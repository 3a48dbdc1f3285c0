/** The casework pages: intake, the case list and a case's timeline, the inbox of steps. */
package io.linchpin.web.portal.casework;
