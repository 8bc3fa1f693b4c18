package org.masthead.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.masthead.model.Language;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * The build's one Thymeleaf engine (creating one is expensive). Templates come from a user
 * folder first and from the built-in theme on the classpath second, so a user overrides a
 * template by giving a file of the same name. Thread-safe: pages render in parallel. Templates
 * are cached; the preview server makes a new engine when their {@link #sources} change.
 */
public final class Templates {

    /** Where the built-in theme lies on the classpath (the repository's {@code templates/}). */
    static final String BUILTIN = "masthead/templates/";
    /** The built-in static files, copied to the site as they are. */
    static final List<String> BUILTIN_ASSETS = List.of("assets/search-analysis.js", "assets/search-page.js",
            "assets/search.css", "assets/search.js", "assets/style.css");
    /** The built-in templates, for the fingerprint that keys the build cache. */
    static final List<String> BUILTIN_TEMPLATES = List.of("layout", "fragments", "cite", "document", "home", "browse", "list",
            "search");

    private final TemplateEngine engine = new TemplateEngine();
    private final Optional<Path> userDir;
    private final Language language;
    private final Messages messages;

    /** An English site. @param userDir a folder of templates overriding the built-in ones (may be absent) */
    public Templates(Path userDir) {
        this(userDir, Language.EN);
    }

    /**
     * @param userDir  a folder of templates (and message files) overriding the built-in ones (may be absent)
     * @param language the language of the site's interface: its words come from {@code messages_xx.properties}
     */
    public Templates(Path userDir, Language language) {
        this.userDir = Optional.ofNullable(userDir).filter(Files::isDirectory);
        this.language = language;
        this.messages = new Messages(this.userDir);
        engine.setMessageResolver(messages);
        StandardDialect dialect = new StandardDialect();
        dialect.setVariableExpressionEvaluator(new MapPathEvaluator());
        engine.setDialect(dialect);
        this.userDir.ifPresent(dir -> {
            FileTemplateResolver user = new FileTemplateResolver();
            user.setPrefix(dir.toAbsolutePath() + "/");
            user.setSuffix(".html");
            user.setTemplateMode(TemplateMode.HTML);
            user.setCharacterEncoding("UTF-8");
            user.setCheckExistence(true);
            user.setCacheable(true);
            user.setOrder(1);
            engine.addTemplateResolver(user);
        });
        ClassLoaderTemplateResolver builtin = new ClassLoaderTemplateResolver(Templates.class.getClassLoader());
        builtin.setPrefix(BUILTIN);
        builtin.setSuffix(".html");
        builtin.setTemplateMode(TemplateMode.HTML);
        builtin.setCharacterEncoding("UTF-8");
        builtin.setCheckExistence(true);
        builtin.setCacheable(true);
        builtin.setOrder(2);
        engine.addTemplateResolver(builtin);
    }

    /** Renders a template with a fresh context holding the given variables. */
    public void render(String template, Map<String, Object> variables, Writer out) {
        try {
            engine.process(template, new Context(Locale.forLanguageTag(language.code()), variables), out);
        } catch (TemplateEngineException e) {
            throw new Failure(e);
        }
    }

    /** The language of the site's interface. */
    public Language language() {
        return language;
    }

    /** The interface words, for page titles made outside templates. */
    public Messages messages() {
        return messages;
    }

    /** A template that cannot be rendered: a user's template with a mistake, pointed at in its own file. */
    public final class Failure extends RuntimeException {
        private final transient Path file;
        private final int line;
        private final int column;

        Failure(TemplateEngineException e) {
            super(e.getMessage(), e);
            String name = e instanceof TemplateProcessingException p && p.getTemplateName() != null
                    ? p.getTemplateName() : "document";
            Path own = userDir.map(d -> d.resolve(name + ".html")).filter(Files::isRegularFile).orElse(null);
            this.file = own != null ? own : Path.of("(built-in theme)", name + ".html");
            this.line = e instanceof TemplateProcessingException p && p.getLine() != null ? p.getLine() : 1;
            this.column = e instanceof TemplateProcessingException p && p.getCol() != null ? p.getCol() : 1;
        }

        public Path file() {
            return file;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    public String render(String template, Map<String, Object> variables) {
        TextBuffer w = new TextBuffer(16 * 1024);
        render(template, variables, w);
        return w.toString();
    }

    /** A {@code StringWriter} without its lock on every write, which C1-compiled code pays for in full. */
    private static final class TextBuffer extends Writer {
        private final StringBuilder sb;

        TextBuffer(int capacity) {
            sb = new StringBuilder(capacity);
        }

        @Override
        public void write(int c) {
            sb.append((char) c);
        }

        @Override
        public void write(char[] buf, int off, int len) {
            sb.append(buf, off, len);
        }

        @Override
        public void write(String s, int off, int len) {
            sb.append(s, off, off + len);
        }

        @Override
        public void write(String s) {
            sb.append(s);
        }

        @Override
        public Writer append(CharSequence csq) {
            sb.append(csq);
            return this;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }

    /**
     * Every template and asset this engine can read, by name, in a fixed order: what the pages
     * are made with, so that a changed template makes every page it shapes render again.
     */
    public Map<String, byte[]> sources() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (String name : BUILTIN_TEMPLATES) {
            out.put("builtin:" + name, resource(BUILTIN + name + ".html").orElse(new byte[0]));
        }
        userDir.ifPresent(dir -> files(dir).forEach(p -> out.put("user:" + dir.relativize(p), read(p))));
        messages.sources().forEach((k, v) -> out.put("messages:" + k, v));
        out.put("language", language.code().getBytes(StandardCharsets.UTF_8));
        assets().forEach((k, v) -> out.put("asset:" + k, v));
        return out;
    }

    /** The site paths of the theme's static files. */
    public List<String> assetPaths() {
        return List.copyOf(assets().keySet());
    }

    /** Static files of the theme by site path: the built-in ones, then the user's {@code assets/}, which win. */
    public Map<String, byte[]> assets() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (String name : BUILTIN_ASSETS) {
            resource(BUILTIN + name).ifPresent(bytes -> out.put(name, bytes));
        }
        userDir.ifPresent(dir -> {
            if (Files.isDirectory(dir.resolve("assets"))) {
                files(dir.resolve("assets")).forEach(p -> out.put(dir.relativize(p).toString().replace('\\', '/'), read(p)));
            }
        });
        return out;
    }

    static Optional<byte[]> resource(String name) {
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files under a folder, sorted. */
    private static List<Path> files(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
