/** The auditor's API: search the audit log, verify its chain, export its checkpoint. */
package io.linchpin.web.api.audit;
