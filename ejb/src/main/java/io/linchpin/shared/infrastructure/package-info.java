/** Adapters every context's printing shares: the font PDFs embed. */
package io.linchpin.shared.infrastructure;
