/** The screening API: the consent ledger, external checks and what they found. */
package io.linchpin.web.api.screening;
