/** What the rest of Linchpin and the web layer may ask of screening. */
package io.linchpin.screening.application;
