package org.netzbild.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A TCP proxy on 127.0.0.1 between a client and a server, which the test controls: the network
 * between an analyst's machine and the team server, made to fail on cue.
 *
 * <ul>
 *   <li>{@link #holdWhenClientSends} stops a connection at the moment its client sends a given text
 *       (a Cypher statement travels as plain UTF-8 inside Bolt): the request is not passed on, and the
 *       test strikes while the client waits for its answer;</li>
 *   <li>{@link #cut} closes every connection and refuses new ones until {@link #mend}: the line is down,
 *       and the client's operating system says so;</li>
 *   <li>{@link #retarget} sends new connections to another port: the server came back elsewhere.</li>
 * </ul>
 */
public final class LoopbackProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final Set<Link> links = ConcurrentHashMap.newKeySet();
    private volatile int target;
    private volatile boolean down;
    private final java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.List<Hold> holds = new java.util.concurrent.CopyOnWriteArrayList<>();

    private LoopbackProxy(ServerSocket listener, int target) {
        this.listener = listener;
        this.target = target;
        Thread.ofPlatform().daemon().name("proxy-accept").start(this::accept);
    }

    /** A proxy to the Bolt server at {@code uri} (bolt://127.0.0.1:PORT). */
    public static LoopbackProxy to(String uri) throws IOException {
        return new LoopbackProxy(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), portOf(uri));
    }

    public static int portOf(String uri) {
        return Integer.parseInt(uri.substring(uri.lastIndexOf(':') + 1));
    }

    /** The address clients use instead of the server's. */
    public String uri() {
        return "bolt://127.0.0.1:" + listener.getLocalPort();
    }

    public void retarget(String uri) {
        target = portOf(uri);
    }

    /** Holds the first connection whose client sends {@code text} for the {@code occurrence}-th time (counted over all connections). */
    public Hold holdWhenClientSends(String text, int occurrence) {
        var next = new Hold(text.getBytes(StandardCharsets.UTF_8), occurrence);
        holds.add(next);
        return next;
    }

    /** Forgets the holds no client has reached (a test that failed before its clients got there). */
    public void forgetHolds() {
        holds.clear();
    }

    /** The line goes down: every connection is closed, and new ones are closed as soon as they come. */
    public void cut() {
        down = true;
        links.forEach(Link::close);
    }

    public void mend() {
        down = false;
    }

    /** How many connections clients have asked for so far, refused ones included. */
    public int connectionsAsked() {
        return asked.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                asked.incrementAndGet();
                if (down) {
                    client.close();
                    continue;
                }
                Socket server = new Socket();
                try {
                    server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), target), 5_000);
                } catch (IOException refused) {
                    // no server behind the proxy: the client sees its connection refused, as it would
                    server.close();
                    client.close();
                    continue;
                }
                var link = new Link(client, server);
                links.add(link);
                if (down || listener.isClosed()) {
                    // cut or closed while this connection was being made: it goes the way of the others
                    link.close();
                    continue;
                }
                link.start();
            } catch (IOException e) {
                // closed
            }
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        links.forEach(Link::close);
    }

    /** A held request: the test awaits it, strikes, and then drops the connection as a dead server would. */
    public final class Hold {

        private final byte[] text;
        private final int occurrence;
        private final CountDownLatch reached = new CountDownLatch(1);
        private int seen;
        private volatile Link held;

        private Hold(byte[] text, int occurrence) {
            this.text = text;
            this.occurrence = occurrence;
        }

        /** Whether a client sent the text within {@code seconds}; its connection then stands still. */
        public boolean await(long seconds) throws InterruptedException {
            return reached.await(seconds, TimeUnit.SECONDS);
        }

        /** Closes the held connection: the client learns that its request will never be answered. */
        public void drop() {
            Link link = held;
            if (link != null) {
                link.close();
            }
        }

        private synchronized boolean matches(Link link, byte[] window, int length) {
            if (held != null || reached.getCount() == 0) {
                return false;
            }
            if (indexOf(window, length, text) < 0) {
                return false;
            }
            if (++seen < occurrence) {
                return false;
            }
            held = link;
            link.held = true;
            holds.remove(this);
            reached.countDown();
            return true;
        }

        private int overlap() {
            return text.length - 1;
        }
    }

    private static int indexOf(byte[] data, int length, byte[] text) {
        outer:
        for (int i = 0; i + text.length <= length; i++) {
            for (int j = 0; j < text.length; j++) {
                if (data[i + j] != text[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** One client connection and its server connection, copied both ways on two threads. */
    private final class Link {

        private final Socket client;
        private final Socket server;
        /** Held: the client waits for its answer until the test drops it, even if the server goes away meanwhile. */
        private volatile boolean held;

        Link(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void start() {
            Thread.ofPlatform().daemon().name("proxy-up").start(this::clientToServer);
            Thread.ofPlatform().daemon().name("proxy-down").start(this::serverToClient);
        }

        /** Passes the client's bytes on, unless they hold the awaited text: then nothing more goes through. */
        private void clientToServer() {
            byte[] buffer = new byte[64 * 1024 + 256];
            int kept = 0;
            try (InputStream in = client.getInputStream(); OutputStream out = server.getOutputStream()) {
                int read;
                while ((read = in.read(buffer, kept, buffer.length - kept)) > 0) {
                    int length = kept + read;
                    int overlap = 0;
                    boolean isHeld = false;
                    for (Hold waiting : holds) {
                        overlap = Math.max(overlap, waiting.overlap());
                        isHeld = isHeld || waiting.matches(this, buffer, length);
                    }
                    if (isHeld) {
                        // held: the request stays here, unanswered, until the test drops the connection
                        while (!client.isClosed()) {
                            Thread.sleep(20);
                        }
                        return;
                    }
                    out.write(buffer, kept, read);
                    out.flush();
                    // keep the tail, so that a text split over two reads is still found
                    int keep = Math.min(overlap, length);
                    System.arraycopy(buffer, length - keep, buffer, 0, keep);
                    kept = keep;
                }
            } catch (IOException | InterruptedException e) {
                // closed
            } finally {
                close();
            }
        }

        private void serverToClient() {
            byte[] buffer = new byte[64 * 1024];
            try {
                InputStream in = server.getInputStream();
                OutputStream out = client.getOutputStream();
                int read;
                while ((read = in.read(buffer)) > 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // closed
            } finally {
                if (held) {
                    closeQuietly(server); // the client learns of it only when the test drops the connection
                } else {
                    close();
                }
            }
        }

        private static void closeQuietly(Socket socket) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }

        void close() {
            links.remove(this);
            try {
                client.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            try {
                server.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
