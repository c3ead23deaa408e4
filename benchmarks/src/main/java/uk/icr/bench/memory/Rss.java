package uk.icr.bench.memory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Resident set sizes of processes, from Linux's /proc, in MiB. */
public final class Rss {

    private Rss() {
    }

    public static double mib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // gone, or not Linux
        }
        return Double.NaN;
    }

    /** Samples processes every 200 ms while a load runs and keeps each one's highest RSS. */
    public static final class Peak implements AutoCloseable {
        private final Map<String, Double> highest = new ConcurrentHashMap<>();
        private final Thread sampler;
        private volatile boolean running = true;

        public Peak(Map<String, Long> pids) {
            sampler = new Thread(() -> {
                while (running) {
                    pids.forEach((name, pid) -> highest.merge(name, mib(pid), Math::max));
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "rss-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        public Map<String, Double> highest() {
            return Map.copyOf(highest);
        }

        @Override
        public void close() {
            running = false;
            sampler.interrupt();
        }
    }
}
