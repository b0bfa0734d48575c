package io.ledgerline.workspace;

import io.ledgerline.domain.LedgerlineException;
import io.ledgerline.domain.ToolVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * The user guide shipped inside the application: {@code docs/user-guide.md} and its pictures, on the class path under
 * {@value #FOLDER}. It is rendered to one HTML page in the user's folder, for the system's browser: the app needs no
 * web view, and the page always matches the version running.
 */
public final class UserGuide {

    static final String FOLDER = "/guide/";
    static final String SOURCE = "user-guide.md";
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final Path folder;

    /** @param folder where the page and its pictures are written (replaced each time) */
    public UserGuide(Path folder) {
        this.folder = folder;
    }

    /** Writes {@code user-guide.html} and the pictures it shows; returns the page. Reads and writes files: not on the FX thread. */
    public Path render() {
        try {
            Node document = Parser.builder().extensions(EXTENSIONS).build().parseReader(
                    new java.io.InputStreamReader(open(SOURCE), StandardCharsets.UTF_8));
            Files.createDirectories(folder);
            for (String picture : pictures(document)) {
                Path target = folder.resolve(picture).normalize();
                Files.createDirectories(target.getParent());
                try (InputStream in = open(picture)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Path page = folder.resolve("user-guide.html");
            Files.writeString(page, html(HtmlRenderer.builder().extensions(EXTENSIONS).build().render(document)),
                    StandardCharsets.UTF_8);
            return page;
        } catch (IOException e) {
            throw new LedgerlineException("Cannot write the user guide to " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The guide as plain text, for reading inside the app where no browser shows the page. Any thread. */
    public static String text() {
        try (java.io.Reader in = new java.io.InputStreamReader(open(SOURCE), StandardCharsets.UTF_8)) {
            Node document = Parser.builder().extensions(EXTENSIONS).build().parseReader(in);
            // A blank line between blocks: headings and paragraphs stay apart, as on the page.
            return TextContentRenderer.builder().extensions(EXTENSIONS)
                    .lineBreakRendering(LineBreakRendering.SEPARATE_BLOCKS).build().render(document);
        } catch (IOException e) {
            throw new LedgerlineException("Cannot read the user guide: " + e.getMessage(), e);
        }
    }

    /** The pictures the guide shows: relative paths inside its folder, nothing that climbs out or goes elsewhere. */
    static List<String> pictures(Node document) {
        List<String> pictures = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                String src = image.getDestination();
                if (src.contains(":") || src.startsWith("/") || src.contains("..")) {
                    throw new LedgerlineException("The user guide links a picture outside its folder: " + src);
                }
                pictures.add(src);
            }
        });
        return pictures;
    }

    private static InputStream open(String name) {
        InputStream in = UserGuide.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new LedgerlineException("This installation lacks its user guide (" + name + "); reinstall Ledgerline.");
        }
        return in;
    }

    private static String html(String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
                + "<title>Ledgerline " + ToolVersion.get() + " – user guide</title>\n<style>\n"
                + "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;"
                + "line-height:1.5;color:#1d2733}\n"
                + "img{max-width:100%;border:1px solid #c9d2dc}\ncode,kbd{background:#eef1f5;padding:0 .2em}\n"
                + "table{border-collapse:collapse}td,th{border:1px solid #c9d2dc;padding:.2em .5em}\n"
                + "</style></head><body>\n" + body + "</body></html>\n";
    }
}
