package org.netzbild.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.netzbild.app.I18n;
import org.netzbild.app.TeamServer;
import org.netzbild.testsupport.AuditLines;
import org.netzbild.testsupport.TemplateWorkspace;

/**
 * {@code netzbild serve} locked down (issue 15, ADR 0020): one served workspace for the class, in
 * this JVM, on a port of the loopback interface; clients are the Neo4j Java driver (as any foreign
 * client) and Netzbild's own command line.
 */
class ServeTest {

    @TempDir
    static Path folder;

    private static final String NEW_PASSWORD = "Kanarienvogel-Passwort-4711";

    private static Path served;
    private static TeamServer server;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void serve() {
        served = TemplateWorkspace.copyTo(folder.resolve("served"));
        server = TeamServer.start(served, TeamServer.Settings.loopback(0));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void english() {
        I18n.use(I18n.ENGLISH);
    }

    @AfterEach
    void german() {
        I18n.use(I18n.GERMAN);
    }

    @Test
    void theServerListensOnTheLoopbackInterfaceUnencryptedByDefault() {
        assertThat(server.uri()).startsWith("bolt://127.0.0.1:");
        assertThat(server.accountsWithoutLogin()).as("the template's accounts were made with their logins")
                .doesNotContain(TemplateWorkspace.ADMIN, TemplateWorkspace.ANALYST, TemplateWorkspace.EDITOR);
    }

    @Test
    void aRoutingClientIsSentToTheServersPortNotPastIt() {
        int port = URI.create(server.uri()).getPort();
        try (var driver = GraphDatabase.driver(server.uri(), AuthTokens.basic(TemplateWorkspace.ANALYST, TemplateWorkspace.PASSWORD));
             var session = driver.session(org.neo4j.driver.SessionConfig.forDatabase("system"))) {
            // the system database takes no UNWIND: the table is taken apart here
            var addresses = session.run("CALL dbms.routing.getRoutingTable({}, 'neo4j') YIELD servers RETURN servers")
                    .single().get("servers").asList(server -> server.get("addresses").asList(a -> a.asString()))
                    .stream().flatMap(List::stream).toList();
            assertThat(addresses).isNotEmpty().allMatch(address -> address.equals("127.0.0.1:" + port));
        }
    }

    @Test
    void anAnonymousBoltClientIsRefused() {
        assertThatThrownBy(() -> connect(AuthTokens.none())).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThatThrownBy(() -> connect(AuthTokens.basic(TemplateWorkspace.EDITOR, "not the password at all")))
                .isInstanceOf(AuthenticationException.class);
    }

    @Test
    void neo4jsDefaultLoginIsGone() {
        assertThatThrownBy(() -> connect(AuthTokens.basic("neo4j", "neo4j"))).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void anAccountWritesWithItsOwnPasswordAndTheServerAuditsTheWriteInItsName() {
        try (var driver = GraphDatabase.driver(server.uri(), AuthTokens.basic(TemplateWorkspace.EDITOR, TemplateWorkspace.PASSWORD));
             var session = driver.session()) {
            session.executeWrite(tx -> tx.run("CREATE (:ForeignNote {id: $id})", Map.of("id", "note-by-a-raw-client")).consume());
        }

        var entries = AuditLines.of(served, "commitOverBolt", TemplateWorkspace.EDITOR);
        assertThat(entries).extracting(e -> e.get("outcome")).containsExactly("INTENDED", "DONE");
        assertThat(entries.getLast().json().toString()).contains("note-by-a-raw-client");
        assertThat(entries.getLast().get("operation")).isEqualTo("CREATE");
        assertThat(entries.getLast().get("agency")).isEqualTo(TemplateWorkspace.AGENCY);
    }

    @Test
    void aNetzbildClientSignsInWithItsAccountAndIsWarnedThatBoltIsUnencrypted() throws IOException {
        int code = client(TemplateWorkspace.ANALYST, "search", "Bochum");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("mun-bochum");
        assertThat(err.toString()).contains("Warning: the connection to " + server.uri() + " is not encrypted");
    }

    @Test
    void aDisabledAccountCanNoLongerLogInAndANewOneCanAtOnce() throws IOException {
        assertThat(client(TemplateWorkspace.ADMIN, "user", "disable", TemplateWorkspace.DATA_PROTECTION))
                .as(err.toString()).isZero();
        assertThatThrownBy(() -> connect(AuthTokens.basic(TemplateWorkspace.DATA_PROTECTION, TemplateWorkspace.PASSWORD)))
                .isInstanceOf(AuthenticationException.class);

        assertThat(client(Map.of("NETZBILD_NEW_PASSWORD", NEW_PASSWORD), TemplateWorkspace.ADMIN,
                "user", "add", "neu.test", "--agency", TemplateWorkspace.AGENCY, "--role", "ANALYST")).as(err.toString()).isZero();
        connect(AuthTokens.basic("neu.test", NEW_PASSWORD));
        assertThat(filesHolding(NEW_PASSWORD, served, folder)).as("no file holds the password, logs included").isEmpty();
    }

    @Test
    void anAccountWhoseLoginIsGoneIsNamedAsOneThatMustSetItsPasswordAgain() throws IOException {
        assertThat(client(Map.of("NETZBILD_NEW_PASSWORD", "ein anderes langes Passwort"), TemplateWorkspace.ADMIN,
                "user", "add", "alt.test", "--agency", TemplateWorkspace.AGENCY, "--role", "ANALYST")).as(err.toString()).isZero();
        // as an account made before logins followed accounts (any Community login may drop logins)
        try (var driver = GraphDatabase.driver(server.uri(), AuthTokens.basic(TemplateWorkspace.ADMIN, TemplateWorkspace.PASSWORD));
             var session = driver.session(org.neo4j.driver.SessionConfig.forDatabase("system"))) {
            session.run("DROP USER $name", Map.of("name", "alt.test")).consume();
        }

        assertThat(server.accountsWithoutLogin()).containsExactly("alt.test");
        assertThat(I18n.text("serve.noLogin", "alt.test", served)).contains("must set its password again");
    }

    @Test
    void anAccountNameTheServerCannotTakeAsALoginIsRefusedBeforeAnythingIsWritten() throws IOException {
        int code = client(Map.of("NETZBILD_NEW_PASSWORD", "ein langes Passwort"), TemplateWorkspace.ADMIN,
                "user", "add", "Jürgen Müller", "--agency", TemplateWorkspace.AGENCY, "--role", "ANALYST");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("The user name \"Jürgen Müller\" cannot be used");
        assertThat(AuditLines.text(served)).as("no write reached the server").doesNotContain("Jürgen Müller");
    }

    @Test
    void anHttpRequestOrWebSocketUpgradeIsClosedUnanswered() throws IOException {
        var address = URI.create(server.uri());
        try (var socket = new Socket(address.getHost(), address.getPort())) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                    + "Origin: https://example.org\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            assertThat(readAll(socket.getInputStream())).as("no answer, not even an HTTP status").isEmpty();
        }
    }

    @Test
    void anAddressBeyondThisMachineWithoutTlsIsRefusedWithExitCode2() {
        int code = NetzbildCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                "serve", "--store", served.toString(), "--listen", "0.0.0.0", "--port", "0");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("The server is to listen on 0.0.0.0").contains("--certificate FILE and --key FILE");
    }

    @Test
    void aCertificateWithoutItsKeyIsRefusedWithExitCode2() throws IOException {
        Path certificate = Files.writeString(folder.resolve("lonely.crt"), "nothing");
        int code = NetzbildCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                "serve", "--store", served.toString(), "--certificate", certificate.toString(), "--port", "0");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--certificate FILE and --key FILE");
    }

    @Test
    void anUnencryptedAddressOfAnotherMachineIsRefusedBeforeAnyPasswordIsAsked() throws IOException {
        int code = NetzbildCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), Map.of(),
                "search", "Bochum", "--uri", "bolt://192.0.2.7:7687", "--as", TemplateWorkspace.ANALYST,
                "--store", Files.createTempDirectory(folder, "client").toString(), "--case", "AZ 1", "--purpose", "Test");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("The server bolt://192.0.2.7:7687 is not on this machine")
                .contains("bolt+s://");
    }

    private static void connect(AuthToken auth) {
        try (var driver = GraphDatabase.driver(server.uri(), auth)) {
            driver.verifyConnectivity();
        }
    }

    private int client(String account, String... command) throws IOException {
        return client(Map.of(), account, command);
    }

    /** A command of a Netzbild client with a folder of its own, signed in to the served workspace as {@code account}. */
    private int client(Map<String, String> environment, String account, String... command) throws IOException {
        var all = new ArrayList<>(List.of(command));
        all.addAll(List.of("--uri", server.uri(), "--as", account, "--store",
                Files.createTempDirectory(folder, "client").toString(), "--case", "AZ 2026/17", "--purpose", "Prüfung"));
        var variables = new java.util.HashMap<>(environment);
        variables.put("NETZBILD_ACCOUNT_PASSWORD", TemplateWorkspace.PASSWORD);
        return NetzbildCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), variables,
                all.toArray(String[]::new));
    }

    /** Every file under the folders whose bytes contain {@code text} (as UTF-8 or UTF-16). */
    private static List<Path> filesHolding(String text, Path... folders) throws IOException {
        var holding = new ArrayList<Path>();
        for (Path root : folders) {
            try (var files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    byte[] bytes;
                    try {
                        bytes = Files.readAllBytes(file);
                    } catch (IOException locked) {
                        continue;
                    }
                    if (new String(bytes, StandardCharsets.ISO_8859_1).contains(text)
                            || new String(bytes, StandardCharsets.UTF_16LE).contains(text)
                            || new String(bytes, StandardCharsets.UTF_16BE).contains(text)) {
                        holding.add(file);
                    }
                }
            }
        }
        return holding;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try {
            return in.readAllBytes();
        } catch (java.net.SocketException reset) {
            return new byte[0];
        }
    }
}
