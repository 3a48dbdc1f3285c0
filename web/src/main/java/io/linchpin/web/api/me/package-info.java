/** The signed-in callers own view of themselves. */
package io.linchpin.web.api.me;
