package uk.icr.bench.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the run ran on: the figures mean little without it. */
public final class Machine {

    private Machine() {
    }

    public static Map<String, Object> describe() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memoryGiB", Math.round(firstNumber("/proc/meminfo", "MemTotal:") / 1024.0 / 1024.0 * 10) / 10.0);
        machine.put("cpu", line("/proc/cpuinfo", "model name").replaceFirst("^model name\\s*:\\s*", ""));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        machine.put("serviceJvm", String.join(" ", uk.icr.stack.run.LocalStackMain.SERVICE_JVM_OPTIONS));
        machine.put("loadAverageAtStart", line("/proc/loadavg", "").split(" ")[0]);
        return machine;
    }

    public static String summary(Map<String, Object> machine) {
        return String.format("%s cores (%s), %s GiB memory, %s, %s (services: %s); load average %s when the run began",
                machine.get("cores"), machine.get("cpu"), machine.get("memoryGiB"), machine.get("os"), machine.get("java"),
                machine.get("serviceJvm"), machine.get("loadAverageAtStart"));
    }

    private static long firstNumber(String file, String prefix) {
        String line = line(file, prefix).replaceAll("[^0-9]", "");
        return line.isEmpty() ? 0 : Long.parseLong(line);
    }

    private static String line(String file, String prefix) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(prefix)).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }
}
