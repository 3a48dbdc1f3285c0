/**
 * The people context's model: employees, the org-unit tree, positions and the effective-dated
 * lifecycle events that make up an employee's history.
 */
package io.linchpin.people.domain;
