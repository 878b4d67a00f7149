/**
 * The JavaFX desktop: views and view models only. Views bind to view models; view models call
 * the application services in background tasks; nothing here speaks Cypher or touches the store.
 */
package org.netzbild.ui;
