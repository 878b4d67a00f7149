/**
 * The signed-in analyst: who they are, for which agency and purpose they work, and which records
 * they may see. The store applies the visibility to every read, traversals included.
 */
package org.netzbild.security;
