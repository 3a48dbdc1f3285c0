/**
 * The extension point for external data providers: credit bureaus, court and dishonest-debtor
 * registers, social-insurance records. A provider is found through {@link java.util.ServiceLoader},
 * configured from {@code linchpin.screening.<id>.<name>} and used only when IT names it in {@code
 * linchpin.screening.providers}. Linchpin asks it about one person in one category, and only after
 * checking the person's consent for that category and purpose; the provider never decides what is
 * done with what it returns.
 */
package io.linchpin.spi.screening;
