/**
 * Extension points for IT, in the style of Keycloak's Spi / ProviderFactory / Provider: an
 * extension jar implements a factory, names it in {@code META-INF/services}, and is dropped into
 * the installation's {@code extensions/} folder; the server loads it at start.
 *
 * <p>{@link io.linchpin.spi.ModuleProviderFactory} adds a module (what matters for a role family)
 * written in Java, configured through {@code linchpin.module.<factory id>.<property>} in {@code
 * conf/linchpin.properties}.
 *
 * <p>{@link io.linchpin.spi.screening.DataProviderFactory} adds a source of external records
 * (credit, court, dishonest-debtor, social insurance), configured through {@code
 * linchpin.screening.<factory id>.<property>}.
 */
package io.linchpin.spi;
