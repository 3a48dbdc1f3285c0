/** What the rest of Linchpin sees of casework: {@code CaseService}, {@code TaskInbox}, views. */
package io.linchpin.casework.application;
