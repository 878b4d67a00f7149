package org.netzbild.store.embedded;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;

/**
 * The served workspace's one open port. It passes a connection on to the database's Bolt
 * connector only when the connection begins as Bolt does (its four-byte preamble); anything else,
 * an HTTP request or a WebSocket upgrade from a web page included, is closed unanswered. Neo4j's own
 * Bolt port answers HTTP and WebSocket on the same port, with no setting to stop it (its
 * {@code TransportSelectionHandler}, 2026.08), so it is not the one that faces clients.
 *
 * <p>With a certificate the gateway speaks TLS itself (JSSE, TLS 1.2 and 1.3) and checks the
 * preamble inside it; Neo4j's own TLS would hide a WebSocket in the encrypted stream. ADR 0020.
 */
public final class BoltGateway implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BoltGateway.class);

    /** What every Bolt client sends first (the Bolt specification's "magic preamble"). */
    static final int BOLT_PREAMBLE = 0x6060B017;
    /** A client that says nothing (or does not finish its TLS handshake) for this long is dropped. */
    private static final int FIRST_WORDS_MILLIS = 10_000;

    private final ServerSocket listening;
    private final ExecutorService connections = Executors.newVirtualThreadPerTaskExecutor();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;
    private volatile InetSocketAddress database;

    private BoltGateway(ServerSocket listening) {
        this.listening = listening;
        this.acceptor = Thread.ofPlatform().daemon().name("bolt-gateway").unstarted(this::acceptAll);
    }

    /**
     * Binds {@code address} (so that its port is known before the database starts and can be
     * advertised); with {@code tls} (else null) every connection is TLS. Nothing is accepted before
     * {@link #passTo}.
     */
    public static BoltGateway bind(InetSocketAddress address, SSLContext tls) throws IOException {
        ServerSocket listening = tls == null ? new ServerSocket() : tls.getServerSocketFactory().createServerSocket();
        try {
            if (listening instanceof SSLServerSocket secure) {
                secure.setEnabledProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
            }
            listening.bind(address, 64);
        } catch (IOException | RuntimeException e) {
            listening.close();
            throw e;
        }
        return new BoltGateway(listening);
    }

    /** Starts accepting, passing Bolt connections on to {@code database}. */
    public void passTo(InetSocketAddress database) {
        this.database = database;
        acceptor.start();
    }

    public int port() {
        return listening.getLocalPort();
    }

    private void acceptAll() {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                connections.execute(() -> serve(client));
            } catch (IOException e) {
                if (!listening.isClosed()) {
                    LOG.warn("the Bolt gateway could not accept a connection: {}", e.getMessage());
                }
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        open.add(client);
        try (client) {
            client.setSoTimeout(FIRST_WORDS_MILLIS);
            int preamble = new DataInputStream(client.getInputStream()).readInt();
            if (preamble != BOLT_PREAMBLE) {
                LOG.info("closed a connection from {} that did not begin as Bolt does (HTTP, WebSocket or other)",
                        client.getRemoteSocketAddress());
                return;
            }
            client.setSoTimeout(0);
            relay(client);
        } catch (IOException e) {
            // a client that left, a TLS handshake the client refused (an untrusted certificate): its own business
            LOG.debug("a Bolt connection from {} ended: {}", client.getRemoteSocketAddress(), e.getMessage());
        } finally {
            open.remove(client);
        }
    }

    /** Copies both ways until either side closes, then closes both. */
    private void relay(Socket client) throws IOException {
        try (Socket server = new Socket()) {
            open.add(server);
            try {
                server.connect(database, FIRST_WORDS_MILLIS);
                server.setTcpNoDelay(true);
                client.setTcpNoDelay(true);
                server.getOutputStream().write(ByteBuffer.allocate(4).putInt(BOLT_PREAMBLE).array());
                connections.execute(() -> copy(client, server));
                copy(server, client);
            } finally {
                open.remove(server);
            }
        }
    }

    private static void copy(Socket from, Socket to) {
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            byte[] buffer = new byte[16 * 1024];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException ended) {
            // one side went away; closing both below ends the other direction too
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing is all that is left to do
        }
    }

    @Override
    public void close() {
        try {
            listening.close();
        } catch (IOException e) {
            LOG.debug("closing the Bolt gateway: {}", e.getMessage());
        }
        open.forEach(BoltGateway::closeQuietly);
        connections.shutdownNow();
        try {
            acceptor.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
