/**
 * The embedded adapter: Neo4j in this process, in a workspace folder. The offline default; it
 * opens no port unless asked to serve Bolt on the loopback interface.
 */
package org.netzbild.store.embedded;
