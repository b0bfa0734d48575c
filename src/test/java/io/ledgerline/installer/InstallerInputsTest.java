package io.ledgerline.installer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.domain.ToolVersion;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaging script's inputs, checked in the normal test run without jpackage: {@code installer/build.sh --check}
 * passes on the committed files and refuses broken ones; the icons are what each system reads.
 */
class InstallerInputsTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final List<String> INPUTS = List.of("pom.xml", "installer/build.sh",
            "installer/ledgerline-case.properties", "installer/linux/postinst", "installer/linux/prerm",
            "installer/linux/Ledgerline.desktop", "resources/icons/ledgerline.svg", "resources/icons/ledgerline.png",
            "resources/icons/ledgerline.ico", "resources/icons/ledgerline.icns", "docs/user-guide.md",
            "src/main/java/io/ledgerline/Main.java");

    @TempDir
    Path copy;

    @Test
    void checkPassesOnTheCommittedInputsWithThePomsVersion() throws Exception {
        Result r = check(ROOT);
        assertEquals(0, r.code, r.output);
        String version = ToolVersion.get();
        assertTrue(r.output.contains("Ledgerline " + version + " (installer version "
                + version.replace("-SNAPSHOT", "") + ")"), r.output);
        assertTrue(r.output.contains("mime application/x-ledgerline-case"), r.output);
    }

    @Test
    void checkRefusesADesktopEntryThatDropsTheOpenedFile() throws Exception {
        copyInputs();
        Path desktop = copy.resolve("installer/linux/Ledgerline.desktop");
        Files.writeString(desktop, Files.readString(desktop).replace(" %f", ""));
        Result r = check(copy);
        assertEquals(1, r.code, r.output);
        assertTrue(r.output.contains("Exec= must pass the file"), r.output);
    }

    @Test
    void checkRefusesAVersionInstallersCannotCarryAndAMissingIcon() throws Exception {
        copyInputs();
        Path pom = copy.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replaceFirst("<version>[^<]+</version>",
                "<version>1.2-beta</version>"));
        Result r = check(copy);
        assertEquals(1, r.code, r.output);
        assertTrue(r.output.contains("version 1.2-beta"), r.output);

        copyInputs();
        Files.delete(copy.resolve("resources/icons/ledgerline.icns"));
        r = check(copy);
        assertEquals(1, r.code, r.output);
        assertTrue(r.output.contains("resources/icons/ledgerline.icns"), r.output);
    }

    /**
     * jdeps cannot see security providers, which are found at run time: the installed app failed to create a profile
     * ("Ed25519 KeyPairGenerator not available") until the runtime carried SunEC.
     */
    @Test
    void theRuntimeCarriesTheProviderOfTheAuditTrailsSignatures() throws Exception {
        var provider = java.security.KeyPairGenerator.getInstance("Ed25519").getProvider();
        String module = provider.getClass().getModule().getName();
        assertEquals("jdk.crypto.ec", module, "where this JDK's Ed25519 lives");
        String script = Files.readString(ROOT.resolve("installer/build.sh"), StandardCharsets.UTF_8);
        assertTrue(script.contains("modules=\"$modules," ) && script.contains(module), "build.sh adds " + module);
    }

    @Test
    void theFileAssociationNamesTheCaseExtensionAndAMimeType() throws IOException {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(ROOT.resolve("installer/ledgerline-case.properties"))) {
            p.load(in);
        }
        assertEquals("ledgerline", p.getProperty("extension"));
        assertEquals("application/x-ledgerline-case", p.getProperty("mime-type"));
    }

    @Test
    void theIconsAreAPngAnIcoAndAnIcns() throws IOException {
        BufferedImage png = ImageIO.read(ROOT.resolve("resources/icons/ledgerline.png").toFile());
        assertEquals(256, png.getWidth());
        assertEquals(256, png.getHeight());
        assertArrayEquals(new byte[] {0, 0, 1, 0}, head(ROOT.resolve("resources/icons/ledgerline.ico"), 4));
        assertArrayEquals("icns".getBytes(StandardCharsets.US_ASCII),
                head(ROOT.resolve("resources/icons/ledgerline.icns"), 4));
    }

    private static byte[] head(Path file, int n) throws IOException {
        return Arrays.copyOf(Files.readAllBytes(file), n);
    }

    private void copyInputs() throws IOException {
        for (String input : INPUTS) {
            Path target = copy.resolve(input);
            Files.createDirectories(target.getParent());
            Files.copy(ROOT.resolve(input), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Result check(Path root) throws Exception {
        Process p = new ProcessBuilder("sh", root.resolve("installer/build.sh").toString(), "--check")
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "build.sh --check finished");
        return new Result(p.exitValue(), output);
    }

    private record Result(int code, String output) {
    }
}
