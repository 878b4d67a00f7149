package org.netzbild.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Neo4j server over Bolt on 127.0.0.1, in a JVM of its own, as the remote mode meets it:
 * a separate process that can go away. Started from the test class path.
 */
public final class BoltServerProcess implements AutoCloseable {

    private final Process process;
    private final String uri;

    private BoltServerProcess(Process process, String uri) {
        this.process = process;
        this.uri = uri;
    }

    public static BoltServerProcess start(Path folder) throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        // a cheaper start: no GC threads to start for a small heap, and C1 alone, whose code serves
        // the few hundred queries of a test class at a fraction of C2's compile time (a class data
        // archive as ChildJvm's would not pay: a test JVM starts one or two servers)
        var command = List.of(java, "-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "-Dlogback.configurationFile=logback-test.xml",
                BoltServerMain.class.getName(), folder.toString(), Integer.toString(port));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.PIPE).start();
        var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        var seen = new StringBuilder();
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("READY ")) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "bolt-server-output");
                drain.setDaemon(true);
                drain.start();
                return new BoltServerProcess(process, line.substring("READY ".length()).strip());
            }
            seen.append(line).append('\n');
        }
        process.waitFor(10, TimeUnit.SECONDS);
        throw new IllegalStateException("the Bolt test server did not start:\n" + seen);
    }

    public String uri() {
        return uri;
    }

    /** Stops the server as a crash would: the process is killed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.getOutputStream().close();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
