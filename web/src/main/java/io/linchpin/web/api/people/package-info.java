/** REST resources of the people context: employees, org units, positions, history. */
package io.linchpin.web.api.people;
