/** The example extension: a certifications module written in Java through the extension point. */
package io.linchpin.extension.example;
