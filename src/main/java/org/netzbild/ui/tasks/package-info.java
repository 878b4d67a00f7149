/** The one way the desktop runs long work: JavaFX tasks on a small executor, with progress and cancel. */
package org.netzbild.ui.tasks;
