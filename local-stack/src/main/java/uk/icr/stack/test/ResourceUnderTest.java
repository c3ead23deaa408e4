package uk.icr.stack.test;

import java.util.function.Function;

/**
 * A service's main resource as the shared convention and event tests exercise it: declared once per
 * service and handed to both {@link ResourceConventionsTest} and {@link PublishedEventsTest}.
 *
 * @param path               the collection, e.g. {@code /api/v1/budgets}
 * @param role               a role allowed to create and to run the command
 * @param createBody         a valid create body for a person's NHS number
 * @param command            a command on a new resource, e.g. {@code agree}
 * @param statusAfterCommand the status the command leads to
 * @param commandBody        the command's JSON body, or null for a command without one
 */
public record ResourceUnderTest(String path, String role, Function<String, String> createBody, String command,
        String statusAfterCommand, String commandBody) {

    public String createBody(String nhsNumber) {
        return createBody.apply(nhsNumber);
    }
}
