/** The review queue window (§ 75 BDSG) for data protection officers: overdue records and the decisions on them. */
package org.netzbild.ui.review;
