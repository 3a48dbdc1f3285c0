/** The screening pages: a person's consents, checks and findings, for HR. */
package io.linchpin.web.portal.screening;
