package uk.icr.bench.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Waits for the machine to settle (JIT compilers, consumers catching up) before a measurement starts:
 * the CPU, from /proc/stat, must be at least 85 % idle over two seconds, or a minute has passed.
 */
public final class Quiet {

    private static final double IDLE_ENOUGH = 0.85;

    private Quiet() {
    }

    /** Returns the idle fraction seen last. */
    public static double await() throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        double idle = 0;
        while (System.nanoTime() < deadline) {
            long[] before = cpu();
            Thread.sleep(2_000);
            long[] after = cpu();
            long total = after[0] - before[0];
            idle = total == 0 ? 1 : (after[1] - before[1]) / (double) total;
            if (idle >= IDLE_ENOUGH) {
                break;
            }
        }
        return idle;
    }

    /** Total and idle (idle + iowait) jiffies of all CPUs. */
    private static long[] cpu() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < fields.length; i++) {
                total += Long.parseLong(fields[i]);
            }
            return new long[] {total, Long.parseLong(fields[4]) + Long.parseLong(fields[5])};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }
}
