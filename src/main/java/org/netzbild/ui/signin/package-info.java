/**
 * The dialogs before any data is shown: the first ADMIN account of a new workspace, the sign-in,
 * and the purpose (case reference and reason) the user works for.
 */
package org.netzbild.ui.signin;
