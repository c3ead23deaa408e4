package uk.icr.kit.inbox;

/** An event that can never be processed (unreadable, not a CloudEvent): dead-lettered at once, not retried. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
