package uk.icr.stack.test;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assertions;

/**
 * Each service commits the OpenAPI document it serves ({@code openapi/openapi.yaml} in the module); the
 * gateway merges these snapshots at build time, so they must never drift from {@code /q/openapi}.
 * Run the tests with {@code -Dicr.openapi.update=true} to rewrite a snapshot after an intended change.
 */
public final class OpenApiSnapshot {

    public static final Path FILE = Path.of("openapi", "openapi.yaml");

    private OpenApiSnapshot() {
    }

    public static void assertServedDocumentMatchesSnapshot() {
        String served = given().accept("application/yaml").get("/q/openapi?format=yaml")
                .then().statusCode(200).extract().asString();
        try {
            if (Boolean.getBoolean("icr.openapi.update")) {
                Files.createDirectories(FILE.getParent());
                Files.writeString(FILE, served, StandardCharsets.UTF_8);
            }
            Assertions.assertTrue(Files.exists(FILE), "No OpenAPI snapshot at " + FILE.toAbsolutePath()
                    + ": run the tests with -Dicr.openapi.update=true and commit it");
            String committed = Files.readString(FILE, StandardCharsets.UTF_8);
            Assertions.assertEquals(committed.strip(), served.strip(),
                    "The served OpenAPI document differs from " + FILE.toAbsolutePath()
                            + ": rerun with -Dicr.openapi.update=true and commit the snapshot");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
