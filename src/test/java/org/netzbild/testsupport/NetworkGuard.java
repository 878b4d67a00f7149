package org.netzbild.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * Catches this JVM's attempts to reach another machine, for {@code OfflineTest}: every host name
 * looked up (through the JDK's resolver service, which {@code InetAddress}, {@code Socket},
 * {@code SocketChannel}, the HTTP client and Netty all use) and every address a {@code Socket},
 * {@code URLConnection} or HTTP client asks the default {@link ProxySelector} about, IP literals
 * too. While {@link #arm armed} it records them and refuses the lookup of any name but this
 * machine's own and {@code localhost}, so that nothing leaves even on a machine with a network.
 * Unarmed it passes every lookup to the JDK's own resolver unchanged: it is registered for every
 * test JVM ({@code META-INF/services}), because the JDK picks its resolver once per JVM.
 *
 * <p>Not seen: a {@code SocketChannel} connected to an IP literal without any lookup (Netty's and
 * NIO's own connects consult no proxy selector). Netzbild opens such connections only to a server
 * the user names; the offline flows name none.
 */
public final class NetworkGuard extends InetAddressResolverProvider {

    private static final List<String> ATTEMPTS = new CopyOnWriteArrayList<>();
    private static volatile boolean armed;
    private static volatile Set<String> ownNames = Set.of("localhost");
    private static volatile ProxySelector before;

    /** Starts recording and refusing; the machine's own name stays resolvable (Neo4j asks for it). */
    public static synchronized void arm() throws UnknownHostException {
        InetAddress self = InetAddress.getLocalHost();
        ownNames = Set.copyOf(List.of("localhost", self.getHostName().toLowerCase(java.util.Locale.ROOT),
                self.getCanonicalHostName().toLowerCase(java.util.Locale.ROOT)));
        ATTEMPTS.clear();
        before = ProxySelector.getDefault();
        ProxySelector.setDefault(new Recorder(before));
        armed = true;
    }

    /** Stops recording; returns what was tried meanwhile, as {@code lookup HOST} or {@code connect URI}. */
    public static synchronized List<String> disarm() {
        armed = false;
        if (before != null) {
            ProxySelector.setDefault(before);
        }
        return List.copyOf(ATTEMPTS);
    }

    /** What was tried since {@link #arm}, while still armed. */
    public static List<String> attempts() {
        return List.copyOf(ATTEMPTS);
    }

    /** Whether {@code uri} points at this machine: a loopback address or {@code localhost}. */
    static boolean loopback(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        return bare.startsWith("127.") || bare.equals("::1") || bare.equals("0:0:0:0:0:0:0:1");
    }

    @Override
    public InetAddressResolver get(Configuration configuration) {
        InetAddressResolver builtin = configuration.builtinResolver();
        return new InetAddressResolver() {
            @Override
            public Stream<InetAddress> lookupByName(String host, LookupPolicy policy) throws UnknownHostException {
                if (armed && !ownNames.contains(host.toLowerCase(java.util.Locale.ROOT))) {
                    ATTEMPTS.add("lookup " + host);
                    throw new UnknownHostException(host + " (refused: OfflineTest allows no network)");
                }
                return builtin.lookupByName(host, policy);
            }

            @Override
            public String lookupByAddress(byte[] address) throws UnknownHostException {
                return builtin.lookupByAddress(address);
            }
        };
    }

    @Override
    public String name() {
        return "netzbild-offline-test-guard";
    }

    /** Records every URI a connection asks about that is not on this machine, and answers as before. */
    private static final class Recorder extends ProxySelector {

        private final ProxySelector delegate;

        Recorder(ProxySelector delegate) {
            this.delegate = delegate;
        }

        @Override
        public List<Proxy> select(URI uri) {
            if (armed && !loopback(uri)) {
                ATTEMPTS.add("connect " + uri);
            }
            return delegate == null ? List.of(Proxy.NO_PROXY) : delegate.select(uri);
        }

        @Override
        public void connectFailed(URI uri, SocketAddress address, IOException e) {
            if (delegate != null) {
                delegate.connectFailed(uri, address, e);
            }
        }
    }
}
