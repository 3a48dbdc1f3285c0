/** The Java steps playbooks may call: the only service tasks a playbook may contain. */
package io.linchpin.casework.infrastructure.playbook;
