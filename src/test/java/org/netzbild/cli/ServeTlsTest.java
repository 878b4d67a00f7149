package org.netzbild.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
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
import org.netzbild.app.I18n;
import org.netzbild.app.TeamServer;
import org.netzbild.testsupport.SelfSignedCertificate;
import org.netzbild.testsupport.TemplateWorkspace;

/**
 * {@code netzbild serve} with TLS (issue 15, ADR 0020): a workspace served with a self-signed
 * certificate, on the loopback interface so that the test stays on this machine. The client refuses
 * the certificate until it is named with {@code --trust-certificate}.
 */
class ServeTlsTest {

    @TempDir
    static Path folder;

    private static SelfSignedCertificate certificate;
    private static TeamServer server;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void serveWithASelfSignedCertificate() {
        certificate = SelfSignedCertificate.writeTo(folder.resolve("tls"));
        Path served = TemplateWorkspace.copyTo(folder.resolve("served"));
        server = TeamServer.start(served, new TeamServer.Settings("127.0.0.1", 0, certificate.certificate(), certificate.key()));
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
    void theServerSpeaksTls() {
        assertThat(server.uri()).startsWith("bolt+s://127.0.0.1:");
    }

    @Test
    void aSelfSignedCertificateTheClientWasNotToldToTrustIsRefusedWithAClearMessage() throws IOException {
        int code = client(List.of());

        assertThat(code).isEqualTo(4);
        assertThat(err.toString()).contains("The certificate of the server " + server.uri() + " is not trusted")
                .contains("--trust-certificate FILE").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void theSameCertificateNamedAsTrustedIsAccepted() throws IOException {
        int code = client(List.of("--trust-certificate", certificate.certificate().toString()));

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("mun-bochum");
        assertThat(err.toString()).as("an encrypted connection needs no warning").doesNotContain("not encrypted");
    }

    @Test
    void aTrustCertificateThatIsNotThereIsRefusedBeforeAnyConnection() throws IOException {
        int code = client(List.of("--trust-certificate", folder.resolve("no-such.crt").toString()));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("no-such.crt (--trust-certificate) is missing");
    }

    @Test
    void anUnencryptedClientIsNotServed() throws IOException {
        String plain = server.uri().replace("bolt+s://", "bolt://");
        var all = new ArrayList<>(List.of("search", "Bochum", "--uri", plain, "--as", TemplateWorkspace.ANALYST,
                "--store", Files.createTempDirectory(folder, "client").toString(), "--case", "AZ 1", "--purpose", "Test"));

        int code = NetzbildCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                Map.of("NETZBILD_ACCOUNT_PASSWORD", TemplateWorkspace.PASSWORD), all.toArray(String[]::new));

        assertThat(code).as(err.toString()).isEqualTo(4);
        assertThat(err.toString()).contains("did not answer as a Bolt server").contains("bolt+s://");
        assertThat(out.toString()).doesNotContain("mun-bochum");
    }

    @Test
    void aKeyThatIsNotTheCertificatesIsRefusedAtTheStartWithExitCode2() {
        var other = SelfSignedCertificate.writeTo(folder.resolve("other"));
        int code = NetzbildCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                "serve", "--store", folder.resolve("served").toString(), "--port", "0",
                "--certificate", certificate.certificate().toString(), "--key", other.key().toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains(other.key().toString()).contains("cannot be used for TLS");
    }

    private int client(List<String> trust) throws IOException {
        var all = new ArrayList<>(List.of("search", "Bochum", "--uri", server.uri(), "--as", TemplateWorkspace.ANALYST,
                "--store", Files.createTempDirectory(folder, "client").toString(), "--case", "AZ 1", "--purpose", "Test"));
        all.addAll(trust);
        return NetzbildCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                Map.of("NETZBILD_ACCOUNT_PASSWORD", TemplateWorkspace.PASSWORD), all.toArray(String[]::new));
    }
}
