package io.ledgerline.audit;

import io.ledgerline.domain.Investigator;
import io.ledgerline.domain.LedgerlineException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One person's Ledgerline identity, kept in their profile folder: a name and an Ed25519 key pair, created on first use.
 * The private key file is readable by its owner only: POSIX permissions {@code rw-------} where the file system has
 * them; on Windows an ACL that grants the owner alone (a profile in {@code %APPDATA%} is private to the user anyway).
 */
public final class Profile {

    private static final Logger LOG = LoggerFactory.getLogger(Profile.class);
    static final String NAME_FILE = "investigator.properties";
    static final String PRIVATE_KEY_FILE = "ed25519-private.key";
    static final String PUBLIC_KEY_FILE = "ed25519-public.key";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path folder;
    private final String name;
    private final KeyPair keys;
    private final String keyId;

    private Profile(Path folder, String name, KeyPair keys) {
        this.folder = folder;
        this.name = name;
        this.keys = keys;
        this.keyId = Ed25519.keyId(keys.getPublic().getEncoded());
    }

    /**
     * The profile in {@code folder}, created with a new key pair and {@code name} (or the OS user name when null) if the
     * folder holds none.
     *
     * @throws LedgerlineException if a profile there belongs to someone other than {@code name}, or cannot be read
     */
    public static Profile open(Path folder, String name) {
        try {
            // the name is written last: a folder without it holds a creation cut short, whose keys never signed
            if (Files.isRegularFile(folder.resolve(NAME_FILE))) {
                Profile existing = load(folder);
                if (name != null && !name.isBlank() && !existing.name.equals(name.strip())) {
                    throw new LedgerlineException("The profile in " + folder + " belongs to " + existing.name
                            + ", not " + name.strip() + ". Give each person a profile of their own (--profile DIR).");
                }
                return existing;
            }
            Files.deleteIfExists(folder.resolve(PRIVATE_KEY_FILE));
            Files.deleteIfExists(folder.resolve(PUBLIC_KEY_FILE));
            String owner = name == null || name.isBlank() ? System.getProperty("user.name", "investigator") : name;
            return create(folder, owner.strip());
        } catch (IOException e) {
            throw new LedgerlineException("Cannot use the investigator profile in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static Profile load(Path folder) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(folder.resolve(NAME_FILE), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        Path privateFile = folder.resolve(PRIVATE_KEY_FILE);
        keepOwnerOnly(privateFile);
        try {
            KeyPair keys = new KeyPair(Ed25519.publicKey(decode(folder.resolve(PUBLIC_KEY_FILE))),
                    Ed25519.privateKey(decode(privateFile)));
            return new Profile(folder, p.getProperty("name"), keys);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new LedgerlineException("The key pair in " + folder + " is damaged: " + e.getMessage(), e);
        }
    }

    private static Profile create(Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        KeyPair keys = Ed25519.newKeyPair();
        Path privateFile = folder.resolve(PRIVATE_KEY_FILE);
        createOwnerOnly(privateFile);
        Files.writeString(privateFile, Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()),
                StandardCharsets.US_ASCII);
        Files.writeString(folder.resolve(PUBLIC_KEY_FILE),
                Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()), StandardCharsets.US_ASCII);
        Properties p = new Properties();
        p.setProperty("name", name);
        try (Writer out = Files.newBufferedWriter(folder.resolve(NAME_FILE), StandardCharsets.UTF_8)) {
            p.store(out, "Ledgerline investigator");
        }
        LOG.info("Created the investigator profile of {} in {}", name, folder);
        return new Profile(folder, name, keys);
    }

    private static byte[] decode(Path file) throws IOException {
        return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
    }

    /** Creates the empty file with owner-only access before any key byte is written to it. */
    private static void createOwnerOnly(Path file) throws IOException {
        if (posix()) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            return;
        }
        Files.createFile(file);
        AclFileAttributeView acl = Files.getFileAttributeView(file, AclFileAttributeView.class);
        if (acl != null) {
            acl.setAcl(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(acl.getOwner())
                    .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build()));
        }
    }

    /** A key file someone opened up (a copy, a restore) is closed again rather than refused. */
    private static void keepOwnerOnly(Path file) throws IOException {
        if (posix() && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            LOG.warn("The private key {} was readable by others; now owner-only again", file);
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    public Path folder() {
        return folder;
    }

    public String name() {
        return name;
    }

    /** SHA-256 (hex) of the public key's X.509 encoding. */
    public String keyId() {
        return keyId;
    }

    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    /** Ed25519 signature of {@code message}, base64. */
    String sign(byte[] message) {
        return Ed25519.sign(keys.getPrivate(), message);
    }

    /** This person as registered in a case at {@code at}. */
    public Investigator asInvestigator(Instant at) {
        return new Investigator(keyId, name, publicKeyBase64(), at);
    }
}
