/** The audit log window for data-protection officers: filters, the matching entries, the chain's state. */
package org.netzbild.ui.audit;
