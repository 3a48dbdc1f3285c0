/** The signed-in person's own pages: their consents. */
package io.linchpin.web.portal.me;
