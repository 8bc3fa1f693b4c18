package org.masthead.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Serves a site on 127.0.0.1 only and tells open pages to reload after a rebuild, over
 * server-sent events. The site is a lookup from path to bytes (pages rendered on request, as
 * Hugo's server does); the reload script is added to HTML as it is served, never to the pages.
 */
public final class PreviewServer implements AutoCloseable {
    static final String EVENTS = "/_masthead/events";
    private static final String RELOAD_SCRIPT = "<script>new EventSource('" + EVENTS
            + "').addEventListener('reload',function(){location.reload()})</script>";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("png", "image/png"), Map.entry("svg", "image/svg+xml"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"), Map.entry("bib", "application/x-bibtex; charset=utf-8"),
            Map.entry("ris", "application/x-research-info-systems; charset=utf-8"));

    static {
        // Without TCP_NODELAY every response on a kept-alive connection waits about 40 ms for the
        // client's delayed ACK (Nagle's algorithm). The JDK's server reads this property once,
        // when it first starts a server, and offers no other way to set it.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final Function<String, Optional<byte[]>> site;
    private final Supplier<Instant> changed;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();

    /** @param site the bytes of a file by its path under the site root ({@code S/2014/660/index.html}), if there is one */
    public PreviewServer(Function<String, Optional<byte[]>> site, int port) throws IOException {
        this(site, started(), port);
    }

    private static Supplier<Instant> started() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return () -> now;
    }

    /**
     * @param changed when the site last changed (whole seconds, later after every rebuild): the
     *                {@code Last-Modified} of every file, against which {@code If-Modified-Since} is answered
     */
    public PreviewServer(Function<String, Optional<byte[]>> site, Supplier<Instant> changed, int port) throws IOException {
        this.site = site;
        this.changed = changed;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "masthead-http");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", guarded(this::serveFile));
        server.createContext(EVENTS, guarded(this::events));
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Tells every open page to reload. */
    public void reload() {
        byte[] event = "event: reload\ndata: now\n\n".getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : listeners) {
            try {
                out.write(event);
                out.flush();
            } catch (IOException e) {
                listeners.remove(out);
            }
        }
    }

    /**
     * Only GET and HEAD, only for a loopback host name: a page elsewhere could otherwise reach
     * this server through DNS rebinding (its own name made to point at 127.0.0.1), which sends
     * that name as the Host. A request without a Host (HTTP/1.0) cannot be such a page's.
     */
    private static HttpHandler guarded(HttpHandler handler) {
        return ex -> {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                refuse(ex, 405, "Method not allowed: " + method);
                return;
            }
            String host = ex.getRequestHeaders().getFirst("Host");
            if (host != null && !LoopbackHost.is(host)) {
                refuse(ex, 400, "Bad request: this preview server answers only to localhost, 127.0.0.1 and [::1]");
                return;
            }
            handler.handle(ex);
        };
    }

    private static void refuse(HttpExchange ex, int status, String message) throws IOException {
        try (ex) {
            byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            boolean head = ex.getRequestMethod().equals("HEAD");
            ex.sendResponseHeaders(status, head ? -1 : body.length);
            if (!head) {
                ex.getResponseBody().write(body);
            }
        }
    }

    private void events(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        listeners.add(out);
    }

    private void serveFile(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String rel = path.substring(1);
            if (rel.isEmpty() || rel.endsWith("/")) {
                rel += "index.html";
            }
            Optional<byte[]> found = rel.contains("..") ? Optional.empty() : site.apply(rel);
            if (found.isEmpty() && !rel.endsWith(".html") && !rel.contains(".")) {
                found = site.apply(rel + "/index.html");
                rel += "/index.html";
            }
            if (found.isEmpty()) {
                ex.getResponseHeaders().set("Cache-Control", "no-store");
                send(ex, 404, "text/html; charset=utf-8",
                        ("<!doctype html><title>Not found</title><p>Not found: " + path.replace("<", "&lt;")
                                + "</p>" + RELOAD_SCRIPT).getBytes(StandardCharsets.UTF_8));
                return;
            }
            Instant modified = changed.get();
            ex.getResponseHeaders().set("Last-Modified", HTTP_DATE.format(modified));
            // Revalidated on every request, so a rebuild shows at once and an unchanged page costs a 304.
            ex.getResponseHeaders().set("Cache-Control", "no-cache");
            if (notModifiedSince(ex.getRequestHeaders().getFirst("If-Modified-Since"), modified)) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            byte[] bytes = found.get();
            String ext = rel.substring(rel.lastIndexOf('.') + 1);
            if (ext.equals("html")) {
                String html = new String(bytes, StandardCharsets.UTF_8);
                int at = html.lastIndexOf("</body>");
                html = at < 0 ? html + RELOAD_SCRIPT : html.substring(0, at) + RELOAD_SCRIPT + html.substring(at);
                bytes = html.getBytes(StandardCharsets.UTF_8);
            }
            send(ex, 200, rel.equals("feed.xml") ? "application/atom+xml; charset=utf-8"
                    : TYPES.getOrDefault(ext, "application/octet-stream"), bytes);
        }
    }

    /** A HEAD response says how long the body would be and sends none: the JDK warns about any other way. */
    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, body.length);
        ex.getResponseBody().write(body);
    }

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private static boolean notModifiedSince(String header, Instant modified) {
        if (header == null) {
            return false;
        }
        try {
            return !modified.isAfter(ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return false; // an unreadable date is ignored, as RFC 9110 says
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
