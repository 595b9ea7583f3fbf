package org.carecoord.hl7;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The MLLP listener of the ADT feed: off unless {@code carecoord.hl7.mllp.port} is set (0: any free port, see
 * {@link #port()}), bound to {@code carecoord.hl7.mllp.bind-address} (default 127.0.0.1). It starts once the
 * application is ready and stops when the context closes, before the database does. Each connection has its own
 * thread (at most {@code carecoord.hl7.mllp.max-connections}) and may carry many messages, each answered with its
 * ACK before the next is read; a broken or idle connection is closed and the listener goes on.
 */
@Component
class MllpListener implements DisposableBean {

    static final int MAX_MESSAGE_BYTES = 1024 * 1024;
    private static final Duration IDLE_TIMEOUT = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(MllpListener.class);

    private final AdtFeed feed;
    private final Integer configuredPort;
    private final String bindAddress;
    private final int maxConnections;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();

    private ServerSocket server;
    private ThreadPoolExecutor workers;
    private Thread acceptor;

    MllpListener(
            AdtFeed feed,
            @Value("${carecoord.hl7.mllp.port:}") Integer port,
            @Value("${carecoord.hl7.mllp.bind-address:127.0.0.1}") String bindAddress,
            @Value("${carecoord.hl7.mllp.max-connections:8}") int maxConnections) {
        this.feed = feed;
        this.configuredPort = port;
        this.bindAddress = bindAddress;
        this.maxConnections = maxConnections;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() throws IOException {
        if (configuredPort == null || server != null) {
            return;
        }
        server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getByName(bindAddress), configuredPort));
        AtomicInteger threads = new AtomicInteger();
        workers =
                new ThreadPoolExecutor(0, maxConnections, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "mllp-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        ServerSocket listening = server;
        acceptor = new Thread(() -> acceptUntilClosed(listening), "mllp-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
        log.info("HL7 v2 ADT feed listening for MLLP on {}:{}", bindAddress, server.getLocalPort());
    }

    /** The bound port, or -1 while the listener is off. */
    synchronized int port() {
        return server == null ? -1 : server.getLocalPort();
    }

    @EventListener(ContextClosedEvent.class)
    synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        connections.forEach(MllpListener::closeQuietly);
        workers.shutdown();
        try {
            if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        server = null;
        log.info("HL7 v2 ADT feed stopped");
    }

    @Override
    public void destroy() {
        stop();
    }

    private void acceptUntilClosed(ServerSocket listening) {
        while (!listening.isClosed()) {
            Socket socket;
            try {
                socket = listening.accept();
            } catch (IOException e) {
                if (!listening.isClosed()) {
                    log.warn(
                            "MLLP accept failed ({}); listening on",
                            e.getClass().getName());
                }
                continue;
            }
            try {
                workers.execute(() -> serve(socket));
            } catch (RejectedExecutionException busy) {
                log.warn("MLLP connection from {} refused: {} connections open", address(socket), maxConnections);
                closeQuietly(socket);
            }
        }
    }

    private void serve(Socket socket) {
        String from = address(socket);
        connections.add(socket);
        try (socket) {
            socket.setSoTimeout((int) IDLE_TIMEOUT.toMillis());
            var in = new BufferedInputStream(socket.getInputStream());
            var out = new BufferedOutputStream(socket.getOutputStream());
            String message;
            while ((message = MllpFrames.read(in, MAX_MESSAGE_BYTES)) != null) {
                MllpFrames.write(out, feed.receive(message, from));
            }
        } catch (SocketTimeoutException idle) {
            log.debug("MLLP connection from {} idle, closed", from);
        } catch (IOException | RuntimeException broken) {
            if (server != null) {
                log.warn(
                        "MLLP connection from {} closed: {}",
                        from,
                        broken.getClass().getName());
            }
        } finally {
            connections.remove(socket);
        }
    }

    private static String address(Socket socket) {
        return socket.getInetAddress() == null ? "?" : socket.getInetAddress().getHostAddress();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
