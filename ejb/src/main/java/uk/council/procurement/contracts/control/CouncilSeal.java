package uk.council.procurement.contracts.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.TimeZone;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The council's seal as a PAdES baseline signature (ETSI.CAdES.detached, with the signing-certificate-v2
 * attribute and no signing-time attribute, the time being in the signature dictionary), made with the
 * key and certificate of a configured PKCS#12 keystore:
 * <ul>
 * <li>{@code dps.seal.keystore}: the file; {@code dps.seal.keystore-password}: its password;
 * {@code dps.seal.alias}: the key's alias (else the first key in it).</li>
 * <li>Without them (the demo and the tests) a self-signed certificate is generated once and kept in the
 * server's data directory ({@code council-seal/}), its random password beside it, readable by the
 * server's user only.</li>
 * </ul>
 * A reader shows the seal as intact and by that certificate; a self-signed one is not trusted by a
 * reader until someone trusts it, which a real council's certificate (from a qualified trust service) is.
 */
@ApplicationScoped
public class CouncilSeal {

    private static final Logger LOG = Logger.getLogger(CouncilSeal.class.getName());
    static final String SIGNATURE_ALGORITHM = "SHA256withRSA";

    /** The key and certificate chain a seal is made with. */
    public record Key(PrivateKey privateKey, X509Certificate[] chain) {
        public X509Certificate certificate() {
            return chain[0];
        }

        public String subject() {
            return certificate().getSubjectX500Principal().getName();
        }
    }

    /** What one signature of a PDF says, checked. */
    public record Verification(boolean intact, boolean coversWholeFile, String signer, String name, String reason,
            Instant signedAt, String subFilter) {
        public boolean valid() {
            return intact && coversWholeFile;
        }
    }

    private Key key;

    public String councilName() {
        return System.getProperty("dps.council.name", "Example Council");
    }

    public synchronized Key key() {
        if (key == null) {
            key = load();
        }
        return key;
    }

    /** The PDF with the council's seal added as an incremental update (the original bytes stay as they were). */
    public byte[] seal(byte[] pdf, String signatory, String sealNumber, Instant at) {
        String reason = "Common seal of " + councilName() + " applied in the presence of " + signatory
                + "; seal register number " + sealNumber;
        return sign(pdf, key(), councilName(), reason, "England", at);
    }

    // --- the signing and checking, free of the container so that unit tests run them as they are ---

    public static byte[] sign(byte[] pdf, Key key, String name, String reason, String location, Instant at) {
        try (var doc = Loader.loadPDF(pdf); var out = new ByteArrayOutputStream()) {
            var signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(name);
            signature.setReason(reason);
            signature.setLocation(location);
            var when = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(at.toEpochMilli());
            signature.setSignDate(when);
            try (var options = new SignatureOptions()) {
                options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
                doc.addSignature(signature, content -> cms(content, key), options);
                doc.saveIncremental(out);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The seal could not be applied", e);
        }
    }

    private static byte[] cms(InputStream content, Key key) throws IOException {
        try {
            var certificate = key.certificate();
            var holder = new X509CertificateHolder(certificate.getEncoded());
            var certId = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                    MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()),
                    new IssuerSerial(new GeneralNames(new GeneralName(holder.getIssuer())), certificate.getSerialNumber()));
            var attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certId}))));
            var standard = new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes));
            // PAdES: the signing time is the dictionary's M entry, not a CMS attribute
            CMSAttributeTableGenerator signed = parameters -> standard.getAttributes(parameters).remove(CMSAttributes.signingTime);
            var generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(signed)
                    .build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(key.privateKey()), certificate));
            generator.addCertificates(new JcaCertStore(Arrays.asList(key.chain())));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded("DER");
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("The CMS signature could not be made", e);
        }
    }

    /** Every signature of the PDF, checked against the bytes it covers and its own certificate. */
    public static List<Verification> verify(byte[] pdf) {
        var found = new ArrayList<Verification>();
        try (var doc = Loader.loadPDF(pdf)) {
            for (var signature : doc.getSignatureDictionaries()) {
                int[] range = signature.getByteRange();
                boolean whole = range.length == 4 && range[0] == 0 && (long) range[2] + range[3] == pdf.length;
                boolean intact = false;
                String signer = null;
                try {
                    // the contents are padded with zeros after the DER object: read just the object
                    Object der;
                    try (var in = new org.bouncycastle.asn1.ASN1InputStream(signature.getContents(pdf))) {
                        der = in.readObject();
                    }
                    var cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                            org.bouncycastle.asn1.cms.ContentInfo.getInstance(der));
                    for (SignerInformation info : cms.getSignerInfos().getSigners()) {
                        @SuppressWarnings("unchecked")
                        var matches = cms.getCertificates().getMatches(info.getSID());
                        for (Object match : matches) {
                            var holder = (X509CertificateHolder) match;
                            signer = holder.getSubject().toString();
                            intact = info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
                        }
                    }
                } catch (CMSException | OperatorCreationException | GeneralSecurityException | RuntimeException e) {
                    intact = false;
                }
                var when = signature.getSignDate();
                found.add(new Verification(intact, whole, signer, signature.getName(), signature.getReason(),
                        when == null ? null : when.toInstant(), signature.getSubFilter()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Not a PDF that can be read", e);
        }
        return found;
    }

    /** A self-signed seal certificate (RSA 3072, SHA-256, digital signature and non-repudiation). */
    public static Key selfSigned(String council, Instant now) {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072, new SecureRandom());
            var pair = generator.generateKeyPair();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, council + " seal (self-signed demo)")
                    .addRDN(BCStyle.O, council).addRDN(BCStyle.C, "GB").build();
            var builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(64, new SecureRandom()).abs().add(BigInteger.ONE),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), subject,
                    pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            var certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(pair.getPrivate())));
            return new Key(pair.getPrivate(), new X509Certificate[] {certificate});
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("A seal certificate could not be generated", e);
        }
    }

    private Key load() {
        String file = System.getProperty("dps.seal.keystore");
        if (file != null && !file.isBlank()) {
            String password = System.getProperty("dps.seal.keystore-password", "");
            return fromKeystore(Path.of(file), password.toCharArray(), System.getProperty("dps.seal.alias"));
        }
        Path dir = Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "council-seal");
        Path store = dir.resolve("council-seal.p12");
        Path secret = dir.resolve("council-seal.password");
        try {
            if (Files.exists(store) && Files.exists(secret)) {
                return fromKeystore(store, Files.readString(secret, StandardCharsets.UTF_8).strip().toCharArray(), null);
            }
            Files.createDirectories(dir);
            var generated = selfSigned(councilName(), Instant.now());
            byte[] random = new byte[16];
            new SecureRandom().nextBytes(random);
            char[] password = HexFormat.of().formatHex(random).toCharArray();
            var keystore = KeyStore.getInstance("PKCS12");
            keystore.load(null, null);
            keystore.setKeyEntry("seal", generated.privateKey(), password, generated.chain());
            var out = new ByteArrayOutputStream();
            keystore.store(out, password);
            writePrivately(secret, new String(password).getBytes(StandardCharsets.UTF_8));
            writePrivately(store, out.toByteArray());
            LOG.warning(() -> "No seal keystore configured (dps.seal.keystore): generated a self-signed seal certificate in "
                    + store + " for " + generated.subject() + ". Configure the council's own for production.");
            return generated;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The council's seal keystore could not be made in " + dir, e);
        }
    }

    private static void writePrivately(Path file, byte[] bytes) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.write(partial, bytes);
        try {
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data directory's own permissions apply
        }
        Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    static Key fromKeystore(Path file, char[] password, String alias) {
        try (var in = Files.newInputStream(file)) {
            var keystore = KeyStore.getInstance("PKCS12");
            keystore.load(in, password);
            String name = alias;
            if (name == null || name.isBlank()) {
                name = java.util.Collections.list(keystore.aliases()).stream().filter(a -> {
                    try {
                        return keystore.isKeyEntry(a);
                    } catch (GeneralSecurityException e) {
                        return false;
                    }
                }).findFirst().orElseThrow(() -> new IllegalStateException("No key in the seal keystore " + file));
            }
            var privateKey = (PrivateKey) keystore.getKey(name, password);
            Certificate[] chain = keystore.getCertificateChain(name);
            if (privateKey == null || chain == null) {
                throw new IllegalStateException("No key " + name + " with its certificate in the seal keystore " + file);
            }
            return new Key(privateKey, Arrays.stream(chain).map(X509Certificate.class::cast).toArray(X509Certificate[]::new));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The seal keystore " + file + " could not be read", e);
        }
    }
}
