/** The auditor's portal pages. */
package io.linchpin.web.portal.audit;
