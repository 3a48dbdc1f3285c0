/**
 * Cases, their timeline and parties, the steps of the shipped playbooks with their forms, and the
 * port to the workflow engine. Knows neither the engine nor JPA queries.
 */
package io.linchpin.casework.domain;
