/** Ids, errors and markers shared by every context. Depends on no context. */
package io.linchpin.shared;
