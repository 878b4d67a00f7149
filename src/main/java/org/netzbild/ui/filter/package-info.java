/** The filter panel: types, agencies, places, incidents and the time window with its histogram. */
package org.netzbild.ui.filter;
