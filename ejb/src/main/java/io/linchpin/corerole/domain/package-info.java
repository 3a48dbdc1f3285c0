/**
 * Criticality assessments, the criteria and dimensions they rate, the scoring model and the port to
 * their store. Knows no JPA query.
 */
package io.linchpin.corerole.domain;
