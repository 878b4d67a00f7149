/** The command line (picocli): the same use cases as the desktop, scriptable and testable without a screen. */
package org.netzbild.cli;
