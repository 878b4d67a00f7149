/** Dialogs with forms: a new entity (generated from the ontology) and the store connection. */
package org.netzbild.ui.forms;
