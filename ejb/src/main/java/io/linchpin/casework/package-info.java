/**
 * Casework: cases about an employee, worked through playbooks on the embedded BPMN engine, with a
 * task inbox per person and role, SLA timers that remind and escalate, and a sealed timeline.
 */
package io.linchpin.casework;
