package org.masthead.render;

import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.masthead.model.Language;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.messageresolver.IMessageResolver;

/**
 * The site's interface words, one {@code messages_xx.properties} file per language (UTF-8): the
 * built-in theme's, with the keys of a file of the same name in the user's templates folder
 * replacing them one by one. Strict: a key no file has is an error naming the template and the
 * key, never Thymeleaf's {@code ??key_fr??} on a page.
 */
public final class Messages implements IMessageResolver {
    private final Map<Language, Map<String, String>> byLanguage = new EnumMap<>(Language.class);
    private final Map<String, byte[]> sources = new LinkedHashMap<>();

    /** @param userDir the user's templates folder, which may hold message files of its own */
    Messages(Optional<Path> userDir) {
        for (Language l : Language.values()) {
            String name = fileName(l);
            Map<String, String> words = new HashMap<>();
            byte[] builtin = Templates.resource(Templates.BUILTIN + name).orElseThrow(
                    () -> new IllegalStateException("the built-in theme lacks " + name));
            sources.put("builtin:" + name, builtin);
            load(builtin, words);
            userDir.map(d -> d.resolve(name)).filter(Files::isRegularFile).ifPresent(p -> {
                byte[] own = Templates.read(p);
                sources.put("user:" + name, own);
                load(own, words);
            });
            byLanguage.put(l, Map.copyOf(words));
        }
    }

    static String fileName(Language l) {
        return "messages_" + l.code() + ".properties";
    }

    /** The message files read, by name, for the fingerprint of what pages are made with. */
    Map<String, byte[]> sources() {
        return sources;
    }

    /** A message in a language, {@code {0}}, {@code {1}} ... replaced by the arguments. */
    public String text(Language language, String key, Object... args) {
        String pattern = byLanguage.get(language).get(key);
        if (pattern == null) {
            throw new IllegalStateException(missing(language, key));
        }
        return fill(pattern, args);
    }

    /** Whether every language has the key (templates may test before asking). */
    public boolean has(Language language, String key) {
        return byLanguage.get(language).containsKey(key);
    }

    @Override
    public String getName() {
        return "masthead";
    }

    @Override
    public Integer getOrder() {
        return 0;
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
        String pattern = byLanguage.get(language(context.getLocale())).get(key);
        return pattern == null ? null : fill(pattern, parameters == null ? new Object[0] : parameters);
    }

    /** Called when no resolver has the key: the build stops here instead of printing {@code ??key??}. */
    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                    Object[] parameters) {
        throw new TemplateProcessingException(missing(language(context.getLocale()), key));
    }

    private static String missing(Language l, String key) {
        return "no message '" + key + "' for the site language " + l.code() + ": add the line '" + key
                + "=...' to " + fileName(l) + " in the templates folder";
    }

    private static Language language(Locale locale) {
        return Language.ofCode(locale.getLanguage()).orElse(Language.EN);
    }

    /** {@code {n}} replaced by the n-th argument; nothing else is special (apostrophes stay as written). */
    private static String fill(String pattern, Object[] args) {
        if (args.length == 0 || pattern.indexOf('{') < 0) {
            return pattern;
        }
        String out = pattern;
        for (int i = 0; i < args.length; i++) {
            out = out.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return out;
    }

    private static void load(byte[] bytes, Map<String, String> into) {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        p.stringPropertyNames().forEach(k -> into.put(k, p.getProperty(k)));
    }
}
