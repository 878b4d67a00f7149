/**
 * Use cases that the desktop and the command line share: open a workspace, search, expand,
 * find paths, generate demo data, verify the audit log. Neither face talks to the store directly.
 */
package org.netzbild.app;
