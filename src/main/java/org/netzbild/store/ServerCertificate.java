package org.netzbild.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The certificate (PEM, the server's first, then its chain) and the unencrypted PKCS#8 private key
 * (PEM, {@code BEGIN PRIVATE KEY}; RSA, EC or Ed25519) with which {@code netzbild serve} speaks TLS.
 * Checked when loaded, so that a wrong file is told at the start and not at a client's first try.
 */
public final class ServerCertificate {

    private static final String KEY_BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String KEY_END = "-----END PRIVATE KEY-----";

    private final SSLContext context;

    private ServerCertificate(SSLContext context) {
        this.context = context;
    }

    public static ServerCertificate load(Path certificateFile, Path keyFile) {
        List<X509Certificate> chain = certificates(certificateFile);
        PrivateKey key = privateKey(keyFile);
        try {
            requirePair(key, chain.getFirst(), keyFile);
            char[] transientPassword = new char[0];
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("server", key, transientPassword, chain.toArray(Certificate[]::new));
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, transientPassword);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, new SecureRandom());
            return new ServerCertificate(context);
        } catch (GeneralSecurityException | IOException e) {
            throw new ServerCertificateException(keyFile, "the key does not fit the certificate: " + e.getMessage(), e);
        }
    }

    /** A signature made with the key must verify with the certificate's public key: else TLS fails at every client. */
    private static void requirePair(PrivateKey key, X509Certificate certificate, Path keyFile) throws GeneralSecurityException {
        String algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> key.getAlgorithm();
        };
        byte[] sample = "netzbild serve".getBytes(StandardCharsets.US_ASCII);
        var signer = java.security.Signature.getInstance(algorithm);
        signer.initSign(key);
        signer.update(sample);
        byte[] signature = signer.sign();
        var verifier = java.security.Signature.getInstance(algorithm);
        verifier.initVerify(certificate.getPublicKey());
        verifier.update(sample);
        if (!verifier.verify(signature)) {
            throw new ServerCertificateException(keyFile, "the key does not belong to the certificate", null);
        }
    }

    /** For the store's own server. */
    public SSLContext context() {
        return context;
    }

    private static List<X509Certificate> certificates(Path file) {
        try {
            byte[] pem = Files.readAllBytes(file);
            var found = CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(pem));
            if (found.isEmpty()) {
                throw new ServerCertificateException(file, "no certificate in it (PEM, BEGIN CERTIFICATE)", null);
            }
            var chain = found.stream().map(X509Certificate.class::cast).toList();
            chain.getFirst().checkValidity();
            return chain;
        } catch (IOException e) {
            throw new ServerCertificateException(file, "cannot be read (" + e.getMessage() + ")", e);
        } catch (GeneralSecurityException e) {
            throw new ServerCertificateException(file, e.getMessage(), e);
        }
    }

    private static PrivateKey privateKey(Path file) {
        String pem;
        try {
            pem = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new ServerCertificateException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
        int begin = pem.indexOf(KEY_BEGIN);
        int end = pem.indexOf(KEY_END);
        if (begin < 0 || end < begin) {
            throw new ServerCertificateException(file, "no unencrypted PKCS#8 key in it (BEGIN PRIVATE KEY; "
                    + "openssl pkcs8 -topk8 -nocrypt converts others)", null);
        }
        byte[] der = Base64.getMimeDecoder().decode(pem.substring(begin + KEY_BEGIN.length(), end));
        try {
            for (String algorithm : List.of("RSA", "EC", "Ed25519")) {
                try {
                    return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
                } catch (java.security.spec.InvalidKeySpecException notThisOne) {
                    // the next algorithm
                }
            }
            throw new ServerCertificateException(file, "the key is neither RSA, EC nor Ed25519", null);
        } catch (GeneralSecurityException e) {
            throw new ServerCertificateException(file, e.getMessage(), e);
        } finally {
            Arrays.fill(der, (byte) 0);
        }
    }
}
