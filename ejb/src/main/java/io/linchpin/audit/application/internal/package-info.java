/** The transactional audit log. */
package io.linchpin.audit.application.internal;
