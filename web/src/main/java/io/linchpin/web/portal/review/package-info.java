/** The review page: cases, root causes and alerts for the caller's scope. */
package io.linchpin.web.portal.review;
