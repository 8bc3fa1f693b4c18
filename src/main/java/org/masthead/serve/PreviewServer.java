package org.masthead.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Serves a site on 127.0.0.1 only and tells open pages to reload after a rebuild, over
 * server-sent events. The site is a lookup from path to bytes (pages rendered on request, as
 * Hugo's server does); the reload script is added to HTML as it is served, never to the pages.
 */
public final class PreviewServer implements AutoCloseable {
    static final String EVENTS = "/_masthead/events";
    private static final String RELOAD_SCRIPT = "<script>new EventSource('" + EVENTS
            + "').addEventListener('reload',function(){location.reload()})</script>";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json",
            "xml", "application/xml", "png", "image/png", "svg", "image/svg+xml", "txt", "text/plain; charset=utf-8");

    private final HttpServer server;
    private final Function<String, Optional<byte[]>> site;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();

    /** @param site the bytes of a file by its path under the site root ({@code S/2014/660/index.html}), if there is one */
    public PreviewServer(Function<String, Optional<byte[]>> site, int port) throws IOException {
        this.site = site;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "masthead-http");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::serveFile);
        server.createContext(EVENTS, this::events);
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
                send(ex, 404, "text/html; charset=utf-8",
                        ("<!doctype html><title>Not found</title><p>Not found: " + path.replace("<", "&lt;")
                                + "</p>" + RELOAD_SCRIPT).getBytes(StandardCharsets.UTF_8));
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
            send(ex, 200, TYPES.getOrDefault(ext, "application/octet-stream"), bytes);
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, body.length);
        ex.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
