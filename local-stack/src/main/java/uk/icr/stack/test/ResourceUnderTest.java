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
 * @param listQuery          the query parameter that lists a person's records, {@code nhsNumber} unless set
 * @param listedBody         a create body listed under {@code listQuery} for an NHS number: several of them
 *                           for one number must be allowed
 */
public record ResourceUnderTest(String path, String role, Function<String, String> createBody, String command,
        String statusAfterCommand, String commandBody, String listQuery, Function<String, String> listedBody) {

    public ResourceUnderTest(String path, String role, Function<String, String> createBody, String command,
            String statusAfterCommand, String commandBody) {
        this(path, role, createBody, command, statusAfterCommand, commandBody, "nhsNumber", createBody);
    }

    /** For a resource of which a person has at most one (a carer): several are listed by another person's number. */
    public ResourceUnderTest listedBy(String query, Function<String, String> body) {
        return new ResourceUnderTest(path, role, createBody, command, statusAfterCommand, commandBody, query, body);
    }

    public String createBody(String nhsNumber) {
        return createBody.apply(nhsNumber);
    }
}
