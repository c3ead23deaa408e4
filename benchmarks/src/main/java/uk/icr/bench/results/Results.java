package uk.icr.bench.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.SerializationFeature;

import uk.icr.bench.api.Api;

/**
 * The figures of one run, as they are measured: written to results/latest.json and latest.md, and the
 * table into README.md between its benchmark markers. Nothing here is typed in.
 */
public final class Results {

    static final String README_START = "<!-- benchmarks:start (written by benchmarks/run.sh) -->";
    static final String README_END = "<!-- benchmarks:end -->";

    private final OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC);
    private final Map<String, Object> machine = Machine.describe();
    private final Map<String, Map<String, Figure>> scenarios = new LinkedHashMap<>();
    private final List<Target> targets = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** A measured value: what, how much, in which unit. */
    public record Figure(String label, double value, String unit) {
    }

    /** A goal from the issue and where the run left it. */
    public record Target(String goal, String measured, boolean met) {
    }

    public void figure(String scenario, String key, String label, double value, String unit) {
        scenarios.computeIfAbsent(scenario, s -> new LinkedHashMap<>()).put(key, new Figure(label, value, unit));
        System.out.printf("  %-58s %12s %s%n", label, format(value), unit);
    }

    public double value(String scenario, String key) {
        Figure figure = scenarios.getOrDefault(scenario, Map.of()).get(key);
        return figure == null ? Double.NaN : figure.value();
    }

    public void target(String goal, String measured, boolean met) {
        targets.add(new Target(goal, measured, met));
    }

    /** Something the reader should know about this run (a scenario that failed, say). */
    public void note(String note) {
        notes.add(note);
        System.out.println("  NOTE " + note);
    }

    /** Writes {@code name}.json and {@code name}.md, and the table into {@code readme} unless it is null. */
    public void write(Path resultsDir, String name, Path readme) {
        try {
            Files.createDirectories(resultsDir);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("date", started.toString());
            json.put("machine", machine);
            json.put("scenarios", scenarios);
            json.put("targets", targets);
            json.put("notes", notes);
            Files.writeString(resultsDir.resolve(name + ".json"),
                    Api.json().copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json) + "\n");
            String table = markdown();
            Files.writeString(resultsDir.resolve(name + ".md"), table);
            if (readme != null && Files.isRegularFile(readme)) {
                String text = Files.readString(readme);
                int start = text.indexOf(README_START);
                int end = text.indexOf(README_END);
                if (start >= 0 && end > start) {
                    Files.writeString(readme, text.substring(0, start + README_START.length()) + "\n" + table
                            + text.substring(end));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("Run of ").append(started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append(" on ").append(Machine.summary(machine)).append(".\n\n");
        md.append("| target | measured | met |\n|---|---|---|\n");
        for (Target target : targets) {
            md.append("| ").append(target.goal()).append(" | ").append(target.measured()).append(" | ")
                    .append(target.met() ? "yes" : "**no**").append(" |\n");
        }
        for (Map.Entry<String, Map<String, Figure>> scenario : scenarios.entrySet()) {
            md.append("\n**").append(scenario.getKey()).append("**\n\n| figure | value |\n|---|---|\n");
            for (Figure figure : scenario.getValue().values()) {
                md.append("| ").append(figure.label()).append(" | ").append(format(figure.value())).append(' ')
                        .append(figure.unit()).append(" |\n");
            }
        }
        if (!notes.isEmpty()) {
            md.append("\nNotes\n\n");
            notes.forEach(note -> md.append("- ").append(note).append('\n'));
        }
        return md.toString();
    }

    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (Math.abs(value) >= 100 || value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%.1f" : "%.2f", value);
    }
}
