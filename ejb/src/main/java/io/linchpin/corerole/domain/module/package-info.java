/**
 * Modules: what matters for a role family, defined by HR without code — typed record collections,
 * metrics computed by formulas, impact rules — versioned, with the records people enter.
 */
package io.linchpin.corerole.domain.module;
